using SipPpid.Domain;
using SipPpid.Features.Dik;

namespace SipPpid.Tests.Rules;

/// <summary>The DIK's rules with worked examples (the delegates the queries' expressions compile to), and the states the pages show.</summary>
public sealed class DikRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static DikEntry Entry(DateOnly? end, DikStatus status = DikStatus.InForce) => new() { PeriodEnd = end, Status = status };

    [Fact]
    public void An_entry_is_in_force_on_its_last_day_and_expired_the_day_after()
    {
        var end = new DateOnly(2026, 12, 31);
        Assert.True(SipPpid.Rules.DikRules.IsInForce(Entry(end), end));
        Assert.False(SipPpid.Rules.DikRules.IsExpired(Entry(end), end));
        Assert.False(SipPpid.Rules.DikRules.IsInForce(Entry(end), end.AddDays(1)));
        Assert.True(SipPpid.Rules.DikRules.IsExpired(Entry(end), end.AddDays(1)));
    }

    [Fact]
    public void Without_an_end_date_an_entry_never_expires_and_a_released_one_is_neither_in_force_nor_expired()
    {
        Assert.True(SipPpid.Rules.DikRules.IsInForce(Entry(null), new DateOnly(2099, 1, 1)));
        Assert.False(SipPpid.Rules.DikRules.IsExpired(Entry(null), new DateOnly(2099, 1, 1)));
        Assert.False(SipPpid.Rules.DikRules.IsInForce(Entry(null, DikStatus.Released), Today));
        Assert.False(SipPpid.Rules.DikRules.IsExpired(Entry(Today.AddDays(-5), DikStatus.Released), Today));
    }

    [Theory]
    [InlineData("2026-12-03", DikState.EndingSoon)] // ends today: still in force, ending
    [InlineData("2027-01-02", DikState.EndingSoon)] // today + 30 days: the last day of the window
    [InlineData("2027-01-03", DikState.InForce)] // 31 days ahead: not yet
    [InlineData("2026-12-02", DikState.Expired)] // ended yesterday
    [InlineData(null, DikState.InForce)]
    public void The_state_follows_the_rules_with_a_30_day_window(string? end, DikState expected)
    {
        var day = end is null ? (DateOnly?)null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, DikCodes.State(DikStatus.InForce, day, Today));
        Assert.Equal(DikState.Released, DikCodes.State(DikStatus.Released, day, Today));
    }

    [Theory]
    [InlineData("17a", true)]
    [InlineData("17f", true)]
    [InlineData("17g", false)]
    [InlineData("17h", false)]
    [InlineData("other_law", false)]
    [InlineData("17z", false)]
    [InlineData(null, false)]
    public void Only_17a_to_17f_need_an_end_date(string? basis, bool required) =>
        Assert.Equal(required, SipPpid.Rules.DikRules.RequiresEndDate(basis));

    [Fact]
    public void Every_basis_code_has_a_label_with_an_english_translation()
    {
        var resx = System.Xml.Linq.XDocument.Load(Path.Combine(Shell.TranslationTests.RepoRoot(), "src", "SipPpid", "Resources", "SharedResource.en.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        Assert.Equal(ExemptionBasis.Codes, DikCodes.BasisLabels.Keys);
        var labels = DikCodes.BasisLabels.Values
            .Concat(Enum.GetValues<DikState>().Select(DikCodes.Label))
            .Concat(Enum.GetValues<DikDecreeKind>().Select(DikCodes.Label))
            .Concat(Enum.GetValues<DikEventKind>().Select(DikCodes.Label));
        var missing = labels.Where(l => !keys.Contains(l)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }
}
