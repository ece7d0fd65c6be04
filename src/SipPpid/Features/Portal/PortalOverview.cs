using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Portal;

/// <summary>The public home's information: counts per category and unit, the latest entries, the finalized reports.</summary>
public sealed class PortalOverview(AppDbContext db)
{
    public sealed record CategoryCount(DipCategory Category, int Count)
    {
        public string Code => DipCodes.Code(Category);
    }

    public sealed record UnitCount(string Code, string Name, int Count);

    /// <summary>A finalized service report (latest version of its period), public on the verification page.</summary>
    public sealed record ArchivedReport(string Code, string UnitName, DateOnly From, DateOnly To);

    public sealed record Overview(IReadOnlyList<CategoryCount> Categories, IReadOnlyList<UnitCount> Units, IReadOnlyList<PortalRow> Latest,
        IReadOnlyList<ArchivedReport> Reports);

    public const int LatestCount = 6;

    public async Task<Overview> LoadAsync(CancellationToken ct)
    {
        var perCategory = await db.Published().GroupBy(e => e.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var categories = Enum.GetValues<DipCategory>()
            .Select(c => new CategoryCount(c, perCategory.FirstOrDefault(p => p.Key == c)?.Count ?? 0)).ToList();
        var perUnit = await db.Published().GroupBy(e => e.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = perUnit.ToDictionary(p => p.Key, p => p.Count);
        var units = (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct))
            .Where(u => counts.ContainsKey(u.Id)).Select(u => new UnitCount(u.Code, u.Name, counts[u.Id])).ToList();
        var latest = await db.Find(new PortalFilter(null, null, null, null)).Take(LatestCount).ToRows().ToListAsync(ct);
        return new Overview(categories, units, latest, await ReportsAsync(db, ct));
    }

    /// <summary>
    /// The finalized reports (latest version of each unit and period): public information available at any time
    /// (UU 14/2008 Pasal 11), each on its public verification page with its PDF.
    /// </summary>
    public static Task<List<ArchivedReport>> ReportsAsync(AppDbContext db, CancellationToken ct, int take = 8) =>
        db.ReportArchives.AsNoTracking()
            .Where(a => a.Version == db.ReportArchives.Where(b => b.UnitId == a.UnitId && b.From == a.From && b.To == a.To).Max(b => b.Version))
            .OrderByDescending(a => a.To).ThenBy(a => a.UnitName).Take(take)
            .Select(a => new ArchivedReport(a.VerificationCode, a.UnitName, a.From, a.To)).ToListAsync(ct);
}
