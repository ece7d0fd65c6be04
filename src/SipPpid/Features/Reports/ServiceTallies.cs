using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Objections;

namespace SipPpid.Features.Reports;

/// <summary>Raw per-unit counts, aggregated in the database (GROUP BY); figures are derived from them in memory.</summary>
internal sealed class Tally
{
    public Dictionary<Channel, int> Channels { get; } = [];
    public int Withdrawn { get; set; }
    public int Extended { get; set; }
    public int Overdue { get; set; }
    public int OnTime { get; set; }

    /// <summary>Decided requests by decision, by exemption basis (rejected as exempt), and by processing days (the histogram).</summary>
    public Dictionary<Decision, int> Decisions { get; } = [];
    public Dictionary<string, int> Exemptions { get; } = [];
    public Dictionary<int, int> Days { get; } = [];

    public int ObjectionsReceived { get; set; }
    public Dictionary<string, int> Grounds { get; } = [];
    public Dictionary<ObjectionDecision, int> ObjectionDecisions { get; } = [];
    public int ObjectionsOnTime { get; set; }
    public int DisputesReceived { get; set; }
    public Dictionary<DisputeOutcome, int> Outcomes { get; } = [];
    public int CourtCases { get; set; }
}

internal static class ServiceTallies
{
    /// <summary>Loads the tallies of every unit with something to count, keyed by unit id (three queries, one per table).</summary>
    public static async Task<Dictionary<int, Tally>> LoadAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly asOf, string? pathPrefix, CancellationToken ct)
    {
        var tallies = new Dictionary<int, Tally>();
        Tally Of(int unitId) => tallies.TryGetValue(unitId, out var t) ? t : tallies[unitId] = new Tally();

        var requests = db.Requests.AsNoTracking().Where(ReportRules.Received(from, to));
        if (pathPrefix is not null) requests = requests.Where(r => r.Unit!.Path.StartsWith(pathPrefix));

        // One pass over the period's requests, grouped in the database by unit, channel, decision and processing days
        // (decided) so the medians come from exact histograms; the exemption basis is part of the key because only
        // rejected-as-exempt requests have one; the other figures are filtered counts. As of `to`: a notice,
        // withdrawal or extension dated later has not happened yet (ReportRules). The states are counted as of
        // `asOf` (ReportPeriod.AsOf: `to`, or today when the period has not ended). Grouping by the enumerations
        // (not one count per value) keeps their values in one place (ReportFigures).
        var groups = await requests.Select(ReportRules.Standing(asOf))
            .GroupBy(s => new
            {
                s.UnitId,
                s.Channel,
                Days = s.Decided ? s.Days : -1,
                Decision = s.Decided ? s.Decision : null,
                Basis = s.RefusedExempt ? s.ExemptionBasis : null,
            })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.Channel,
                g.Key.Days,
                g.Key.Decision,
                g.Key.Basis,
                N = g.Count(),
                Withdrawn = g.Count(s => s.Withdrawn),
                Extended = g.Count(s => s.Extended),
                Overdue = g.Count(s => s.Overdue),
                OnTime = g.Count(s => s.OnTime),
            })
            .ToListAsync(ct);
        foreach (var g in groups)
        {
            var t = Of(g.UnitId);
            Add(t.Channels, g.Channel, g.N);
            t.Withdrawn += g.Withdrawn;
            t.Extended += g.Extended;
            t.Overdue += g.Overdue;
            if (g.Days < 0) continue; // not decided as of `to`: its decision (if any) is not counted
            t.OnTime += g.OnTime;
            Add(t.Days, Math.Max(0, g.Days), g.N);
            if (g.Decision is { } decision) Add(t.Decisions, decision, g.N);
            if (g.Basis is not null) Add(t.Exemptions, g.Basis, g.N);
        }

        await LoadObjectionsAsync(db, from, to, asOf, pathPrefix, Of, ct);
        await LoadDisputesAsync(db, from, to, asOf, pathPrefix, Of, ct);
        return tallies;
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int n) where TKey : notnull
    {
        if (n != 0) counts[key] = counts.GetValueOrDefault(key) + n;
    }

    private static async Task LoadObjectionsAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly asOf, string? pathPrefix, Func<int, Tally> of, CancellationToken ct)
    {
        var objections = db.Objections.AsNoTracking().Where(ReportRules.ObjectionReceived(from, to));
        if (pathPrefix is not null) objections = objections.Where(o => o.Request!.Unit!.Path.StartsWith(pathPrefix));
        // Grouped by the stored grounds ("a;c"): at most one group per combination, split into letters here.
        foreach (var o in await objections.Select(ReportRules.ObjectionStanding(asOf)).GroupBy(s => new { s.UnitId, s.Grounds, s.Decision })
                     .Select(g => new { g.Key.UnitId, g.Key.Grounds, g.Key.Decision, N = g.Count(), OnTime = g.Count(s => s.OnTime) }).ToListAsync(ct))
        {
            var t = of(o.UnitId);
            t.ObjectionsReceived += o.N;
            foreach (var ground in ObjectionCodes.SplitGrounds(o.Grounds)) Add(t.Grounds, ground, o.N);
            if (o.Decision is { } decision) Add(t.ObjectionDecisions, decision, o.N);
            t.ObjectionsOnTime += o.OnTime;
        }
    }

    private static async Task LoadDisputesAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly asOf, string? pathPrefix, Func<int, Tally> of, CancellationToken ct)
    {
        // The register of disputes (its drill-down) filters by the same rules (ReportRules.DisputeOutcomeIs).
        var disputes = db.Disputes.AsNoTracking().Where(ReportRules.DisputeRegistered(from, to));
        if (pathPrefix is not null) disputes = disputes.Where(d => d.Request!.Unit!.Path.StartsWith(pathPrefix));
        foreach (var d in await disputes.Select(ReportRules.DisputeStanding(asOf)).GroupBy(s => new { s.UnitId, s.Outcome })
                     .Select(g => new { g.Key.UnitId, g.Key.Outcome, N = g.Count(), Court = g.Count(x => x.CourtCase) }).ToListAsync(ct))
        {
            var t = of(d.UnitId);
            t.DisputesReceived += d.N;
            t.CourtCases += d.Court;
            if (d.Outcome is { } outcome) t.Outcomes[outcome] = t.Outcomes.GetValueOrDefault(outcome) + d.N;
        }
    }
}
