using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Reports;

/// <summary>Raw per-unit counts, aggregated in the database (GROUP BY); figures are derived from them in memory.</summary>
internal sealed class Tally
{
    public Dictionary<Channel, int> Channels { get; } = [];
    public int Withdrawn { get; set; }
    public int Extended { get; set; }
    public int Overdue { get; set; }

    /// <summary>Decided requests grouped by decision, exemption basis, processing days and on-time.</summary>
    public List<(Decision? Decision, string? Basis, int Days, bool OnTime, int Count)> Decided { get; } = [];

    public int ObjectionsReceived { get; set; }
    public int[] Grounds { get; } = new int[7];
    public Dictionary<ObjectionDecision, int> ObjectionDecisions { get; } = [];
    public int ObjectionsOnTime { get; set; }
    public int DisputesReceived { get; set; }
    public Dictionary<DisputeOutcome, int> Outcomes { get; } = [];
    public int CourtCases { get; set; }
}

internal static class ServiceTallies
{
    /// <summary>Loads the tallies of every unit with something to count, keyed by unit id.</summary>
    public static async Task<Dictionary<int, Tally>> LoadAsync(AppDbContext db, DateOnly from, DateOnly to, string? pathPrefix, CancellationToken ct)
    {
        var tallies = new Dictionary<int, Tally>();
        Tally Of(int unitId) => tallies.TryGetValue(unitId, out var t) ? t : tallies[unitId] = new Tally();

        var requests = db.Requests.AsNoTracking().Where(r => r.ReceivedDate >= from && r.ReceivedDate <= to);
        if (pathPrefix is not null) requests = requests.Where(r => r.Unit!.Path.StartsWith(pathPrefix));

        foreach (var c in await requests.GroupBy(r => new { r.UnitId, r.Channel })
                     .Select(g => new { g.Key.UnitId, g.Key.Channel, N = g.Count() }).ToListAsync(ct))
            Of(c.UnitId).Channels[c.Channel] = c.N;

        // As of `to`: a notice or withdrawal dated later has not happened yet; nor has a later extension (ReportRules).
        var standing = requests.Select(ReportRules.Standing(to));
        foreach (var f in await standing.GroupBy(s => s.UnitId)
                     .Select(g => new { UnitId = g.Key, Withdrawn = g.Count(s => s.Withdrawn), Extended = g.Count(s => s.Extended), Overdue = g.Count(s => s.Overdue) })
                     .ToListAsync(ct))
        {
            var t = Of(f.UnitId);
            (t.Withdrawn, t.Extended, t.Overdue) = (f.Withdrawn, f.Extended, f.Overdue);
        }

        foreach (var d in await standing.Where(s => s.Decided)
                     .GroupBy(s => new { s.UnitId, s.Decision, s.ExemptionBasis, s.Days, s.OnTime })
                     .Select(g => new { g.Key.UnitId, g.Key.Decision, g.Key.ExemptionBasis, g.Key.Days, g.Key.OnTime, N = g.Count() })
                     .ToListAsync(ct))
            Of(d.UnitId).Decided.Add((d.Decision, d.ExemptionBasis, Math.Max(0, d.Days), d.OnTime, d.N));

        await LoadObjectionsAsync(db, from, to, pathPrefix, Of, ct);
        await LoadDisputesAsync(db, from, to, pathPrefix, Of, ct);
        return tallies;
    }

    private static async Task LoadObjectionsAsync(AppDbContext db, DateOnly from, DateOnly to, string? pathPrefix, Func<int, Tally> of, CancellationToken ct)
    {
        var objections = db.Objections.AsNoTracking().Where(o => o.ReceivedDate >= from && o.ReceivedDate <= to);
        if (pathPrefix is not null) objections = objections.Where(o => o.Request!.Unit!.Path.StartsWith(pathPrefix));
#pragma warning disable CA1847 // string.Contains(string) is what EF Core translates to SQL on both providers
        foreach (var o in await objections.GroupBy(o => new { o.Request!.UnitId, Decision = o.DecisionDate != null && o.DecisionDate <= to ? o.Decision : null })
                     .Select(g => new
                     {
                         g.Key.UnitId,
                         g.Key.Decision,
                         N = g.Count(),
                         A = g.Count(o => o.Grounds.Contains("a")),
                         B = g.Count(o => o.Grounds.Contains("b")),
                         C = g.Count(o => o.Grounds.Contains("c")),
                         D = g.Count(o => o.Grounds.Contains("d")),
                         E = g.Count(o => o.Grounds.Contains("e")),
                         F = g.Count(o => o.Grounds.Contains("f")),
                         G = g.Count(o => o.Grounds.Contains("g")),
                         OnTime = g.Count(o => o.DecisionDate != null && o.DecisionDate <= to && o.DecisionDate <= o.Deadline),
                     }).ToListAsync(ct))
#pragma warning restore CA1847
        {
            var t = of(o.UnitId);
            t.ObjectionsReceived += o.N;
            int[] grounds = [o.A, o.B, o.C, o.D, o.E, o.F, o.G];
            for (var i = 0; i < 7; i++) t.Grounds[i] += grounds[i];
            if (o.Decision is { } decision) t.ObjectionDecisions[decision] = t.ObjectionDecisions.GetValueOrDefault(decision) + o.N;
            t.ObjectionsOnTime += o.OnTime;
        }
    }

    private static async Task LoadDisputesAsync(AppDbContext db, DateOnly from, DateOnly to, string? pathPrefix, Func<int, Tally> of, CancellationToken ct)
    {
        var disputes = db.Disputes.AsNoTracking().Where(d => d.RegisteredDate >= from && d.RegisteredDate <= to);
        if (pathPrefix is not null) disputes = disputes.Where(d => d.Request!.Unit!.Path.StartsWith(pathPrefix));
        foreach (var d in await disputes.GroupBy(d => new { d.Request!.UnitId, Outcome = d.OutcomeDate != null && d.OutcomeDate <= to ? d.Outcome : null })
                     .Select(g => new { g.Key.UnitId, g.Key.Outcome, N = g.Count(), Court = g.Count(x => x.CourtCase) }).ToListAsync(ct))
        {
            var t = of(d.UnitId);
            t.DisputesReceived += d.N;
            t.CourtCases += d.Court;
            if (d.Outcome is { } outcome) t.Outcomes[outcome] = t.Outcomes.GetValueOrDefault(outcome) + d.N;
        }
    }
}
