using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dip;

namespace SipPpid.Features.Portal;

/// <summary>What a visitor asks the portal (and the API): words, a category, a unit (with its subtree) and a year of publishing.</summary>
public sealed record PortalFilter(string? Q, DipCategory? Category, string? UnitPath, int? Year);

/// <summary>One entry in a list of results.</summary>
public sealed record PortalRow(int Id, string Title, string UnitName, DipCategory Category, string Summary, DateOnly? PublishedDate, int Documents)
{
    /// <summary>The summary as a list shows it: at most <see cref="PortalQueries.ExcerptLength"/> characters.</summary>
    public string Excerpt => Summary.Length > PortalQueries.ExcerptLength ? Summary[..PortalQueries.ExcerptLength].TrimEnd() + "…" : Summary;
}

/// <summary>
/// The public portal's queries over published entries only (<see cref="DipRules.Public"/>), searched through
/// <see cref="DipSearch.Matching"/>: the pages, the API and the request form's suggestions share them.
/// </summary>
public static class PortalQueries
{
    /// <summary>The longest summary excerpt a list shows.</summary>
    public const int ExcerptLength = 240;

    public static IQueryable<DipEntry> Published(this AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DipEntries.AsNoTracking().Where(DipRules.Public);
    }

    /// <summary>Published entries matching the filter, newest first (ties by id, so paging is stable).</summary>
    public static IQueryable<DipEntry> Find(this AppDbContext db, PortalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Published().Matching(db, filter.Q);
        if (filter.Category is { } category) query = query.Where(e => e.Category == category);
        if (filter.UnitPath is { } path)
        {
            // The subtree's unit ids first (a small IN list over the UnitId index), not a join with a LIKE per entry.
            var units = db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
            query = query.Where(e => units.Contains(e.UnitId));
        }
        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(e => e.PublishedDate >= from && e.PublishedDate <= to);
        }

        return query.OrderByDescending(e => e.PublishedDate).ThenByDescending(e => e.Id);
    }

    public static IQueryable<PortalRow> ToRows(this IQueryable<DipEntry> entries) =>
        entries.Select(e => new PortalRow(e.Id, e.Title, e.Unit!.Name, e.Category,
            e.Summary,
            e.PublishedDate, e.Documents.Count));

    /// <summary>The path of an active unit by its code (its subtree's entries are its own and its children's), or null.</summary>
    public static Task<string?> UnitPathAsync(this AppDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
    }

    /// <summary>A category by its wire code (berkala, serta_merta, setiap_saat), or null when unknown.</summary>
    public static DipCategory? CategoryOf(string? code) =>
        code is not null && DipCodes.Categories.TryGetValue(code, out var c) ? c : null;
}
