using SipPpid.Features.OpenStatistics;
using SipPpid.Features.Reports;

namespace SipPpid.Tests.Rules;

/// <summary>The small-number rule and the public periods, with worked examples.</summary>
public sealed class OpenStatisticsRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)] // one request: the share is 0 % or 100 %
    [InlineData(4, false)] // one request more or less moves the share by 25 %
    [InlineData(5, true)]  // the threshold: 20 % per request, shown
    [InlineData(120, true)]
    public void A_unit_is_comparable_from_five_decided_requests(int decided, bool comparable) =>
        Assert.Equal(comparable, OpenStatisticsRules.Comparable(decided));

    [Fact]
    public void A_period_is_public_from_the_day_after_its_last_day()
    {
        var lastDay = new DateOnly(2026, 1, 31);
        Assert.False(OpenStatisticsRules.HasEnded(lastDay, new DateOnly(2026, 1, 15)));
        Assert.False(OpenStatisticsRules.HasEnded(lastDay, lastDay)); // still running today
        Assert.True(OpenStatisticsRules.HasEnded(lastDay, new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Four_decided_requests_show_their_counts_but_not_their_median_nor_on_time_share()
    {
        // 6 received, 4 decided (3 on time, 1 late; days 2, 4, 6, 12: median 5), 2 pending.
        var few = PublicUnitFigures.From("A", "Unit A", subtree: true, hasSubunits: false, Figures(received: 6, onTime: 3, days: [2, 4, 6, 12]));
        Assert.False(few.Comparable);
        Assert.Equal(OpenStatisticsRules.TooFew, few.Note);
        Assert.Equal((6, 4, 2), (few.Requests.Received, few.Requests.Decided, few.Requests.Pending));
        Assert.Equal(4, few.Requests.ByDecision["granted_full"]);
        Assert.Null(few.Requests.MedianDays);
        Assert.Null(few.Requests.OnTimePercent);
        Assert.Null(few.Requests.OnTime); // the on-time and late counts would give the share away
        Assert.Null(few.Requests.Late);

        // 5 decided (4 on time; days 1, 2, 3, 8, 15: median 3): all shown, 4 / 5 = 80 %.
        var enough = PublicUnitFigures.From("B", "Unit B", subtree: true, hasSubunits: false, Figures(received: 5, onTime: 4, days: [1, 2, 3, 8, 15]));
        Assert.True(enough.Comparable);
        Assert.Null(enough.Note);
        Assert.Equal(3m, enough.Requests.MedianDays);
        Assert.Equal(80m, enough.Requests.OnTimePercent);
        Assert.Equal((4, 1), (enough.Requests.OnTime, enough.Requests.Late));
    }

    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31", "Tahun 2025")]
    [InlineData("2025-s1", "2025-01-01", "2025-06-30", "Semester I 2025")]
    [InlineData("2025-S2", "2025-07-01", "2025-12-31", "Semester II 2025")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", "Februari 2024")]
    public void A_period_code_names_a_year_a_semester_or_a_month(string code, string from, string to, string label)
    {
        var p = StatisticsPeriod.Parse(code)!;
        Assert.Equal((from, to, label), (p.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.Label));
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025-13")]
    [InlineData("2025-S3")]
    [InlineData("2025-1")]
    [InlineData("1900")]
    public void Anything_else_is_no_period(string code) => Assert.Null(StatisticsPeriod.Parse(code));

    [Fact]
    public void The_picker_offers_only_ended_periods()
    {
        var periods = StatisticsPeriod.Ended(2025, new DateOnly(2026, 3, 10)).SelectMany(y => y.Periods).Select(p => p.Code).ToList();
        Assert.Contains("2026-02", periods);
        Assert.DoesNotContain("2026-03", periods);
        Assert.DoesNotContain("2026-S1", periods);
        Assert.DoesNotContain("2026", periods);
        Assert.Contains("2025-S2", periods);
        Assert.Contains("2025", periods);
    }

    /// <summary>A unit's figures through the report's own arithmetic: every decided request granted in full.</summary>
    private static Figures Figures(int received, int onTime, int[] days)
    {
        var histogram = days.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var decisions = ReportFigures.Decisions.ToDictionary(m => m.Code, m => m.Code == "granted_full" ? days.Length : 0);
        var requests = new RequestFigures(received, new Dictionary<string, int>(), 0, days.Length, received - days.Length, decisions,
            ReportFigures.ExemptionBases.ToDictionary(m => m.Code, _ => 0), 0, onTime, days.Length - onTime, 0,
            ServiceReport.Processing(histogram), ServiceReport.Distribution(histogram));
        return new Figures(requests, new ObjectionFigures(0, new Dictionary<string, int>(), 0, 0, ReportFigures.ObjectionDecisions.ToDictionary(m => m.Code, _ => 0), 0, 0),
            new DisputeFigures(0, ReportFigures.DisputeOutcomes.ToDictionary(m => m.Code, _ => 0), 0));
    }
}
