namespace SipPpid.Infrastructure.Csv;

/// <summary>An export table as JSON: an array of objects keyed by the CSV's column names (empty cells are null).</summary>
public static class TableJson
{
    public static byte[] Serialize<TRow>(IEnumerable<TRow> rows, IReadOnlyList<string> columns, Func<TRow, string?[]> cells)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(cells);
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(rows.Select(row =>
        {
            var values = cells(row);
            var dict = new Dictionary<string, string?>(columns.Count);
            for (var i = 0; i < columns.Count; i++) dict[columns[i]] = values[i];
            return dict;
        }));
    }
}
