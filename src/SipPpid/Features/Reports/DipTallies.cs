using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Reports;

/// <summary>One row of the service report's DIP table: a unit's published entries of a category, and how many of them are stale.</summary>
public sealed record DipTally(string UnitCode, string UnitName, DipCategory Category, int Published, int Stale);

/// <summary>
/// The service report's DIP table (Laporan Layanan Informasi Publik): per unit of a subtree and category, the published
/// entries and the stale ones as of the report's day (<see cref="DipRules.Stale"/>), counted in the database in one GROUP BY.
/// </summary>
public static class DipTallies
{
    public static async Task<List<DipTally>> CountAsync(AppDbContext db, string unitPath, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The stale rule inlined into the grouping key, so one statement counts both.
        var key = WithRule((e, stale) => new { e.Unit!.Path, e.Unit.Code, e.Unit.Name, e.Category, Stale = stale }, DipRules.Stale(asOf));
        var groups = await db.DipEntries.AsNoTracking().Where(DipRules.Public).Where(e => e.Unit!.Path.StartsWith(unitPath))
            .GroupBy(key).Select(g => new { g.Key.Path, g.Key.Code, g.Key.Name, g.Key.Category, g.Key.Stale, Count = g.Count() }).ToListAsync(ct);
        return groups.GroupBy(g => (g.Path, g.Code, g.Name, g.Category)).OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.Category)
            .Select(g => new DipTally(g.Key.Code, g.Key.Name, g.Key.Category, g.Sum(x => x.Count), g.Where(x => x.Stale).Sum(x => x.Count)))
            .ToList();
    }

    /// <summary><paramref name="shape"/> over an entry, with the rule's value of that entry as its second argument.</summary>
    private static Expression<Func<DipEntry, TKey>> WithRule<TKey>(Expression<Func<DipEntry, bool, TKey>> shape, Expression<Func<DipEntry, bool>> rule)
    {
        var entry = shape.Parameters[0];
        var value = ReplacingExpressionVisitor.Replace(rule.Parameters[0], entry, rule.Body);
        return Expression.Lambda<Func<DipEntry, TKey>>(ReplacingExpressionVisitor.Replace(shape.Parameters[1], value, shape.Body), entry);
    }
}
