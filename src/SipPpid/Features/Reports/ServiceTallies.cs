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
    public int OnTime { get; set; }

    /// <summary>Decided requests by decision, by exemption basis (rejected as exempt), and by processing days (the histogram).</summary>
    public Dictionary<Decision, int> Decisions { get; } = [];
    public Dictionary<string, int> Exemptions { get; } = [];
    public Dictionary<int, int> Days { get; } = [];

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
    /// <summary>Loads the tallies of every unit with something to count, keyed by unit id (three queries, one per table).</summary>
    public static async Task<Dictionary<int, Tally>> LoadAsync(AppDbContext db, DateOnly from, DateOnly to, DateOnly asOf, string? pathPrefix, CancellationToken ct)
    {
        var tallies = new Dictionary<int, Tally>();
        Tally Of(int unitId) => tallies.TryGetValue(unitId, out var t) ? t : tallies[unitId] = new Tally();

        var requests = db.Requests.AsNoTracking().Where(r => r.ReceivedDate >= from && r.ReceivedDate <= to);
        if (pathPrefix is not null) requests = requests.Where(r => r.Unit!.Path.StartsWith(pathPrefix));

        // One pass over the period's requests: every figure is a filtered count, grouped by unit and by processing
        // days (decided) so the medians come from exact histograms; the exemption basis is part of the key because
        // only rejected-as-exempt requests have one. As of `to`: a notice, withdrawal or extension dated later has
        // not happened yet (ReportRules). The states are counted as of `asOf` (ReportPeriod.AsOf: `to`, or today
        // when the period has not ended).
        var groups = await requests.Select(ReportRules.Standing(asOf))
            .GroupBy(s => new { s.UnitId, Days = s.Decided ? s.Days : -1, Basis = s.Decided && s.Decision == Decision.RejectedExempt ? s.ExemptionBasis : null })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.Days,
                g.Key.Basis,
                N = g.Count(),
                Web = g.Count(s => s.Channel == Channel.Web),
                InPerson = g.Count(s => s.Channel == Channel.InPerson),
                Letter = g.Count(s => s.Channel == Channel.Letter),
                Email = g.Count(s => s.Channel == Channel.Email),
                Phone = g.Count(s => s.Channel == Channel.Phone),
                WhatsApp = g.Count(s => s.Channel == Channel.WhatsApp),
                Other = g.Count(s => s.Channel == Channel.Other),
                Withdrawn = g.Count(s => s.Withdrawn),
                Extended = g.Count(s => s.Extended),
                Overdue = g.Count(s => s.Overdue),
                OnTime = g.Count(s => s.OnTime),
                GrantedFull = g.Count(s => s.Decision == Decision.GrantedFull),
                GrantedPartial = g.Count(s => s.Decision == Decision.GrantedPartial),
                RejectedExempt = g.Count(s => s.Decision == Decision.RejectedExempt),
                NotHeld = g.Count(s => s.Decision == Decision.NotHeld),
                NotDocumented = g.Count(s => s.Decision == Decision.NotDocumented),
                HeldByOtherBody = g.Count(s => s.Decision == Decision.HeldByOtherBody),
            })
            .ToListAsync(ct);
        foreach (var g in groups)
        {
            var t = Of(g.UnitId);
            (Channel, int)[] channels = [(Channel.Web, g.Web), (Channel.InPerson, g.InPerson), (Channel.Letter, g.Letter), (Channel.Email, g.Email),
                (Channel.Phone, g.Phone), (Channel.WhatsApp, g.WhatsApp), (Channel.Other, g.Other)];
            foreach (var (c, n) in channels) Add(t.Channels, c, n);
            t.Withdrawn += g.Withdrawn;
            t.Extended += g.Extended;
            t.Overdue += g.Overdue;
            if (g.Days < 0) continue; // not decided as of `to`: its decision (if any) is not counted
            t.OnTime += g.OnTime;
            Add(t.Days, Math.Max(0, g.Days), g.N);
            (Decision, int)[] decisions = [(Decision.GrantedFull, g.GrantedFull), (Decision.GrantedPartial, g.GrantedPartial), (Decision.RejectedExempt, g.RejectedExempt),
                (Decision.NotHeld, g.NotHeld), (Decision.NotDocumented, g.NotDocumented), (Decision.HeldByOtherBody, g.HeldByOtherBody)];
            foreach (var (d, n) in decisions) Add(t.Decisions, d, n);
            if (g.Basis is not null) Add(t.Exemptions, g.Basis, g.RejectedExempt);
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
        var objections = db.Objections.AsNoTracking().Where(o => o.ReceivedDate >= from && o.ReceivedDate <= to);
        if (pathPrefix is not null) objections = objections.Where(o => o.Request!.Unit!.Path.StartsWith(pathPrefix));
#pragma warning disable CA1847 // string.Contains(string) is what EF Core translates to SQL on both providers
        foreach (var o in await objections.GroupBy(o => new { o.Request!.UnitId, Decision = o.DecisionDate != null && o.DecisionDate <= asOf ? o.Decision : null })
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
                         OnTime = g.Count(o => o.DecisionDate != null && o.DecisionDate <= asOf && o.DecisionDate <= o.Deadline),
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
