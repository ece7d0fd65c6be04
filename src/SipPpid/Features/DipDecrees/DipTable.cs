using SipPpid.Domain;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// The DIP's annex table as printed (the print view, the PDFs and a decree's annex): the rows grouped by unit, then by
/// category, and the instant of the decree that entries changed since are marked against (null: no mark).
/// </summary>
public sealed record DipTable(IReadOnlyList<DipListRow> Rows, DateTime? MarkChangedAfterUtc)
{
    public IEnumerable<IGrouping<(string Code, string Name), DipListRow>> ByUnit =>
        Rows.GroupBy(r => (r.UnitCode, r.UnitName));

    public static IEnumerable<IGrouping<DipCategory, DipListRow>> ByCategory(IEnumerable<DipListRow> rows) =>
        rows.GroupBy(r => r.Category).OrderBy(g => g.Key);

    public bool Changed(DipListRow row) => MarkChangedAfterUtc is { } at && row?.ChangedAtUtc > at;

    public int ChangedCount => Rows.Count(Changed);
}
