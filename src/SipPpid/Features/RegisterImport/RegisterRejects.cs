using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.RegisterImport;

/// <summary>The rejects file of an import with skipped invalid rows: the file's own columns, then <c>reason</c>.</summary>
public static class RegisterRejects
{
    public static byte[] Csv(IReadOnlyList<string> columns, IEnumerable<ImportRegister.RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        return CsvTable.Write(
            [.. columns, "reason"],
            rows.Select(row => columns.Select(c => (object?)(row.Cells.GetValueOrDefault(c) ?? "")).Append($"line {row.Line}: {row.Reason}")),
            byteOrderMark: false);
    }
}
