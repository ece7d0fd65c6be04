using SipPpid.Domain;

namespace SipPpid.Tests.Rules;

/// <summary>The DIP's rules with worked examples (the same delegates the queries' expressions compile to).</summary>
public sealed class DipRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static DipEntry Entry(DipCategory category, DateOnly? updated, DipStatus status = DipStatus.Published) =>
        new() { Category = category, Status = status, UpdatedDate = updated, PublishedDate = updated };

    [Theory]
    [InlineData("2026-06-01", true)] // six months and a day: stale
    [InlineData("2026-06-02", false)] // exactly six months ago: still current
    [InlineData("2026-11-30", false)]
    public void A_berkala_entry_is_stale_when_last_updated_more_than_six_months_ago(string updated, bool stale) =>
        Assert.Equal(stale, SipPpid.Rules.DipRules.IsStale(Entry(DipCategory.Berkala, DateOnly.Parse(updated, System.Globalization.CultureInfo.InvariantCulture)), Today));

    [Fact]
    public void Only_published_berkala_entries_become_stale()
    {
        var old = new DateOnly(2025, 1, 1);
        Assert.False(SipPpid.Rules.DipRules.IsStale(Entry(DipCategory.SetiapSaat, old), Today));
        Assert.False(SipPpid.Rules.DipRules.IsStale(Entry(DipCategory.Berkala, old, DipStatus.Withdrawn), Today));
        Assert.False(SipPpid.Rules.DipRules.IsStale(Entry(DipCategory.Berkala, old, DipStatus.Draft), Today));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2026-12-02", "2026-12-02", true)] // a one-day announcement runs that day
    [InlineData("2026-12-03", null, false)] // not yet
    [InlineData(null, "2026-12-01", false)] // over
    public void A_serta_merta_announcement_runs_within_its_period(string? from, string? until, bool running)
    {
        static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var e = Entry(DipCategory.SertaMerta, Today);
        e.ShowFrom = D(from);
        e.ShowUntil = D(until);
        Assert.Equal(running, SipPpid.Rules.DipRules.IsRunning(e, Today));
        e.Category = DipCategory.Berkala;
        Assert.False(SipPpid.Rules.DipRules.IsRunning(e, Today));
    }

    [Theory]
    [InlineData(Decision.GrantedFull, true)]
    [InlineData(Decision.GrantedPartial, true)]
    [InlineData(Decision.RejectedExempt, false)]
    [InlineData(Decision.NotHeld, false)]
    [InlineData(null, false)] // not decided yet
    public void Only_a_granted_answer_may_be_published(Decision? decision, bool expected) =>
        Assert.Equal(expected, SipPpid.Rules.DipRules.MayPublishAnswer(decision));
}
