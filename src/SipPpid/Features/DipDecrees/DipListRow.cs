using System.Linq.Expressions;
using SipPpid.Domain;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// One published DIP entry as the exports, the print view and a decree's snapshot show it: the KI annex's columns
/// with its unit. Serialized as is into a decree's snapshot JSON, so its shape is the snapshot's format.
/// </summary>
public sealed record DipListRow(
    int UnitId, string UnitCode, string UnitName, string UnitPath, int Number, DipCategory Category, string Title, string Summary,
    string Holder, string Responsible, string ProducedTime, string ProducedPlace, DipFormat Format, string Retention, string? Url,
    DateOnly? PublishedDate, DateTime ChangedAtUtc);

/// <summary>The DIP list's query: the published entries of a unit subtree, grouped by unit and category, in number order.</summary>
public static class DipListQueries
{
    private static readonly Expression<Func<DipEntry, DipListRow>> ToRow = e => new DipListRow(
        e.UnitId, e.Unit!.Code, e.Unit.Name, e.Unit.Path, e.Number, e.Category, e.Title, e.Summary, e.Holder, e.Responsible,
        e.ProducedTime, e.ProducedPlace, e.Format, e.Retention, e.Url, e.PublishedDate, e.ChangedAtUtc);

    /// <summary>The published entries of <paramref name="unitPath"/>'s subtree (null: the whole body).</summary>
    public static IQueryable<DipListRow> PublishedUnder(this IQueryable<DipEntry> entries, string? unitPath)
    {
        var q = entries.Where(DipRules.Public);
        if (unitPath is not null) q = q.Where(e => e.Unit!.Path.StartsWith(unitPath));
        return q.OrderBy(e => e.Unit!.Path).ThenBy(e => e.Category).ThenBy(e => e.Number).Select(ToRow);
    }
}
