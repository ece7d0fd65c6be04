using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Telemetry;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// The one figures engine of the Laporan Layanan Informasi Publik (the service report JSON of `report service` and the report API): any period,
/// any unit subtree, counted in the database from what the life cycle records, with the working-day columns of
/// the one calendar. Every surface (dashboard, report pages, PDF, XLSX, CSV, JSON, the command and the API)
/// shows these figures. The total's median comes from the pooled durations, never from per-unit medians.
/// </summary>
public sealed class ServiceReport(AppDbContext db, PpidMetrics metrics, BodyClock clock)
{
    /// <summary>
    /// A period and unit subtree. Every state is counted as of <see cref="ReportPeriod.AsOf"/> of <paramref name="AsOf"/>
    /// (default <paramref name="To"/>) and the body's today: the monthly trend counts each month's requests as of the
    /// whole period's day, so its columns add up to the table's. <paramref name="RollUp"/>: one entry for the unit itself
    /// (what it handles directly) and one per unit right below it, each counting that unit's whole subtree (the open
    /// statistics' drill-down); the total is the same.
    /// </summary>
    public sealed record Query(DateOnly From, DateOnly To, string? UnitCode, DateOnly? AsOf = null, bool RollUp = false);

    /// <summary>Null when the unit does not exist.</summary>
    public async Task<ServiceReportResult?> RunAsync(Query q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        using var timing = metrics.TimeReport(q.UnitCode is null ? "body" : "unit");
        timing.Activity?.SetTag("sipppid.report.from", Iso(q.From)).SetTag("sipppid.report.to", Iso(q.To)).SetTag("sipppid.unit", q.UnitCode);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ParentId, ParentCode = u.Parent == null ? null : u.Parent.Code }).ToListAsync(ct);
        var top = q.UnitCode is null ? units.FirstOrDefault(u => u.ParentId is null) : units.FirstOrDefault(u => u.Code == q.UnitCode);
        if (top is null) return null;
        var inScope = units.Where(u => u.Path.StartsWith(top.Path, StringComparison.Ordinal)).ToList();
        var asOf = ReportPeriod.AsOf(q.AsOf ?? q.To, clock.Today);
        var tallies = await ServiceTallies.LoadAsync(db, q.From, q.To, asOf, top.ParentId is null ? null : top.Path, ct);

        // Each entry counts the tallies of its units: the unit alone, or (rolled up) a child of the top and its subtree.
        var entries = !q.RollUp ? inScope.Select(u => (Unit: u, Members: new[] { u.Id })).ToList()
            : inScope.Where(u => u.Id == top.Id || u.ParentId == top.Id)
                .Select(u => (Unit: u, Members: u.Id == top.Id ? [u.Id] : inScope.Where(m => m.Path.StartsWith(u.Path, StringComparison.Ordinal)).Select(m => m.Id).ToArray()))
                .ToList();
        var rows = entries.Select(e =>
        {
            var f = Compute(e.Members.Select(id => tallies.GetValueOrDefault(id) ?? new Tally()).ToList());
            return new UnitFigures(e.Unit.Code, e.Unit.Name, e.Unit.ParentCode, f.Requests, f.Objections, f.Disputes);
        }).ToList();
        var total = Compute(inScope.Select(u => tallies.GetValueOrDefault(u.Id)).OfType<Tally>().ToList());
        return new ServiceReportResult("service", Iso(q.From), Iso(q.To), Iso(asOf), top.Code, rows, total);
    }

    /// <summary>The figures of the tallies' units together; every group's members come from <see cref="ReportFigures"/>.</summary>
    internal static Figures Compute(IReadOnlyList<Tally> tallies)
    {
        int Sum(Func<Tally, int> count) => tallies.Sum(count);
        var channels = ReportFigures.Channels.ToDictionary(m => m.Code, m => Sum(t => t.Channels.GetValueOrDefault(m.Key)));
        var received = channels.Values.Sum();
        var histogram = new Dictionary<int, int>();
        foreach (var (days, n) in tallies.SelectMany(t => t.Days)) histogram[days] = histogram.GetValueOrDefault(days) + n;
        var decided = histogram.Values.Sum();
        var withdrawn = Sum(t => t.Withdrawn);
        var byDecision = ReportFigures.Decisions.ToDictionary(m => m.Code, m => Sum(t => t.Decisions.GetValueOrDefault(m.Key)));
        var exemptions = ReportFigures.ExemptionBases.ToDictionary(m => m.Code, m => Sum(t => t.Exemptions.GetValueOrDefault(m.Key)));
        var onTime = Sum(t => t.OnTime);

        var requests = new RequestFigures(received, channels, withdrawn, decided, received - decided - withdrawn, byDecision, exemptions,
            Sum(t => t.Extended), onTime, decided - onTime, Sum(t => t.Overdue), Processing(histogram), Distribution(histogram));

        var objectionsReceived = Sum(t => t.ObjectionsReceived);
        var objectionDecisions = ReportFigures.ObjectionDecisions.ToDictionary(m => m.Code, m => Sum(t => t.ObjectionDecisions.GetValueOrDefault(m.Key)));
        var objectionsDecided = objectionDecisions.Values.Sum();
        var objectionsOnTime = Sum(t => t.ObjectionsOnTime);
        var grounds = ReportFigures.Grounds.ToDictionary(m => m.Code, m => Sum(t => t.Grounds.GetValueOrDefault(m.Key)));
        var objections = new ObjectionFigures(objectionsReceived, grounds, objectionsDecided, objectionsReceived - objectionsDecided,
            objectionDecisions, objectionsOnTime, objectionsDecided - objectionsOnTime);

        var disputesReceived = Sum(t => t.DisputesReceived);
        var outcomes = ReportFigures.DisputeOutcomes.Where(m => m.Key is not null).ToDictionary(m => m.Code, m => Sum(t => t.Outcomes.GetValueOrDefault(m.Key!.Value)));
        outcomes[ReportFigures.PendingOutcome] = disputesReceived - outcomes.Values.Sum();
        var disputes = new DisputeFigures(disputesReceived, outcomes, Sum(t => t.CourtCases));
        return new Figures(requests, objections, disputes);
    }

    /// <summary>Mean and median (2 decimals; an even count's median is the mean of the two middle values), min, max.</summary>
    internal static ProcessingDays? Processing(IReadOnlyDictionary<int, int> histogram)
    {
        var n = histogram.Values.Sum();
        if (n == 0) return null;
        var mean = (decimal)histogram.Sum(kv => (long)kv.Key * kv.Value) / n;
        var ordered = histogram.OrderBy(kv => kv.Key).ToList();
        int At(int index)
        {
            var seen = 0;
            foreach (var (days, count) in ordered)
            {
                seen += count;
                if (index < seen) return days;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var median = n % 2 == 1 ? At(n / 2) : (At(n / 2 - 1) + At(n / 2)) / 2m;
        return new ProcessingDays(Round(mean), Round(median), ordered[0].Key, ordered[^1].Key);
    }

    internal static Dictionary<string, int> Distribution(IReadOnlyDictionary<int, int> histogram) =>
        ReportFigures.ProcessingDaysBuckets.ToDictionary(b => b.Code, b => histogram.Where(kv => kv.Key >= b.Min && kv.Key <= b.Max).Sum(kv => kv.Value));

    private static decimal Round(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
