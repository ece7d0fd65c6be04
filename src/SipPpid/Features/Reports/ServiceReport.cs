using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
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
    /// whole period's day, so its columns add up to the table's.
    /// </summary>
    public sealed record Query(DateOnly From, DateOnly To, string? UnitCode, DateOnly? AsOf = null);

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

        var rows = inScope.Select(u =>
        {
            var f = Compute([tallies.GetValueOrDefault(u.Id) ?? new Tally()]);
            return new UnitFigures(u.Code, u.Name, u.ParentCode, f.Requests, f.Objections, f.Disputes);
        }).ToList();
        var total = Compute(inScope.Select(u => tallies.GetValueOrDefault(u.Id)).OfType<Tally>().ToList());
        return new ServiceReportResult("service", Iso(q.From), Iso(q.To), Iso(asOf), top.Code, rows, total);
    }

    internal static Figures Compute(IReadOnlyList<Tally> tallies)
    {
        var channels = Enum.GetValues<Channel>().ToDictionary(c => RequestCodes.Code(c), c => tallies.Sum(t => t.Channels.GetValueOrDefault(c)));
        var received = channels.Values.Sum();
        var histogram = new Dictionary<int, int>();
        foreach (var (days, n) in tallies.SelectMany(t => t.Days)) histogram[days] = histogram.GetValueOrDefault(days) + n;
        var decided = histogram.Values.Sum();
        var withdrawn = tallies.Sum(t => t.Withdrawn);
        var byDecision = Enum.GetValues<Decision>().ToDictionary(d => RequestCodes.Code(d), d => tallies.Sum(t => t.Decisions.GetValueOrDefault(d)));
        var exemptions = RequestCodes.ExemptionBases.ToDictionary(b => b, b => tallies.Sum(t => t.Exemptions.GetValueOrDefault(b)));
        var onTime = tallies.Sum(t => t.OnTime);

        var requests = new RequestFigures(received, channels, withdrawn, decided, received - decided - withdrawn, byDecision, exemptions,
            tallies.Sum(t => t.Extended), onTime, decided - onTime, tallies.Sum(t => t.Overdue), Processing(histogram), Distribution(histogram));

        var objectionsReceived = tallies.Sum(t => t.ObjectionsReceived);
        var objectionDecisions = new Dictionary<string, int>
        {
            ["accepted"] = tallies.Sum(t => t.ObjectionDecisions.GetValueOrDefault(ObjectionDecision.Accepted)),
            ["rejected"] = tallies.Sum(t => t.ObjectionDecisions.GetValueOrDefault(ObjectionDecision.Rejected)),
            ["settled"] = tallies.Sum(t => t.ObjectionDecisions.GetValueOrDefault(ObjectionDecision.Settled)),
            ["withdrawn"] = tallies.Sum(t => t.ObjectionDecisions.GetValueOrDefault(ObjectionDecision.Withdrawn)),
        };
        var objectionsDecided = objectionDecisions.Values.Sum();
        var objectionsOnTime = tallies.Sum(t => t.ObjectionsOnTime);
        var grounds = "abcdefg".Select((g, i) => (g, i)).ToDictionary(x => x.g.ToString(), x => tallies.Sum(t => t.Grounds[x.i]));
        var objections = new ObjectionFigures(objectionsReceived, grounds, objectionsDecided, objectionsReceived - objectionsDecided,
            objectionDecisions, objectionsOnTime, objectionsDecided - objectionsOnTime);

        var disputesReceived = tallies.Sum(t => t.DisputesReceived);
        var outcomes = new Dictionary<string, int>
        {
            ["mediation_success"] = tallies.Sum(t => t.Outcomes.GetValueOrDefault(DisputeOutcome.MediationSuccess)),
            ["adjudication_for_applicant"] = tallies.Sum(t => t.Outcomes.GetValueOrDefault(DisputeOutcome.AdjudicationForApplicant)),
            ["adjudication_for_public_body"] = tallies.Sum(t => t.Outcomes.GetValueOrDefault(DisputeOutcome.AdjudicationForPublicBody)),
            ["withdrawn"] = tallies.Sum(t => t.Outcomes.GetValueOrDefault(DisputeOutcome.Withdrawn)),
        };
        outcomes["pending"] = disputesReceived - outcomes.Values.Sum();
        var disputes = new DisputeFigures(disputesReceived, outcomes, tallies.Sum(t => t.CourtCases));
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

    internal static Dictionary<string, int> Distribution(IReadOnlyDictionary<int, int> histogram) => new()
    {
        ["0-3"] = histogram.Where(kv => kv.Key <= 3).Sum(kv => kv.Value),
        ["4-7"] = histogram.Where(kv => kv.Key is >= 4 and <= 7).Sum(kv => kv.Value),
        ["8-10"] = histogram.Where(kv => kv.Key is >= 8 and <= 10).Sum(kv => kv.Value),
        ["11-17"] = histogram.Where(kv => kv.Key is >= 11 and <= 17).Sum(kv => kv.Value),
        [">17"] = histogram.Where(kv => kv.Key > 17).Sum(kv => kv.Value),
    };

    private static decimal Round(decimal d) => Math.Round(d, 2, MidpointRounding.AwayFromZero);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
