using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Reports;

/// <summary>
/// One row of the service report's DIK table: a unit's DIK entries in force on the report's day, and its refusals of
/// the period that cited a basis through a DIK entry, per basis code (<see cref="ExemptionBasis.Codes"/>).
/// </summary>
public sealed record DikTally(string UnitCode, string UnitName, int InForce, IReadOnlyDictionary<string, int> Cited)
{
    public int CitedTotal => Cited.Values.Sum();

    public int Of(string basis) => Cited.GetValueOrDefault(basis);
}

/// <summary>
/// The service report's DIK table (issue 15): per unit of a subtree, the entries in force as of the report's day
/// (<see cref="DikRules.InForce"/>) and the refusals counted by the report's own exemption rule
/// (<see cref="ReportRules.Received"/> and <see cref="ReportRules.RefusedExempt"/>) that cite a DIK entry, per basis.
/// Each is one GROUP BY in the database; imported historical refusals with a bare basis are not counted as cited.
/// </summary>
public static class DikTallies
{
    public static async Task<List<DikTally>> CountAsync(AppDbContext db, string unitPath, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var inForce = await db.DikEntries.AsNoTracking().Where(DikRules.InForce(asOf)).Where(e => e.Unit!.Path.StartsWith(unitPath))
            .GroupBy(e => new { e.Unit!.Path, e.Unit.Code, e.Unit.Name })
            .Select(g => new { g.Key.Path, g.Key.Code, g.Key.Name, N = g.Count() }).ToListAsync(ct);
        var cited = await db.Requests.AsNoTracking().Where(ReportRules.Received(from, to)).Where(ReportRules.RefusedExempt(asOf))
            .Where(r => r.DikEntryId != null && r.Unit!.Path.StartsWith(unitPath))
            .GroupBy(r => new { r.Unit!.Path, r.Unit.Code, r.Unit.Name, r.ExemptionBasis })
            .Select(g => new { g.Key.Path, g.Key.Code, g.Key.Name, Basis = g.Key.ExemptionBasis, N = g.Count() }).ToListAsync(ct);
        var units = inForce.Select(u => (u.Path, u.Code, u.Name)).Concat(cited.Select(c => (c.Path, c.Code, c.Name))).Distinct()
            .OrderBy(u => u.Path, StringComparer.Ordinal);
        return units.Select(u => new DikTally(u.Code, u.Name,
                inForce.Where(x => x.Path == u.Path).Sum(x => x.N),
                cited.Where(c => c.Path == u.Path && c.Basis is not null).GroupBy(c => c.Basis!).ToDictionary(g => g.Key, g => g.Sum(c => c.N))))
            .ToList();
    }
}
