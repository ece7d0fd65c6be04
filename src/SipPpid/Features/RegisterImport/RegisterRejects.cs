using System.Globalization;
using System.Text;
using CsvHelper;

namespace SipPpid.Features.RegisterImport;

/// <summary>The rejects file of an import with skipped invalid rows: the file's own columns, then <c>reason</c>.</summary>
public static class RegisterRejects
{
    public static byte[] Csv(IReadOnlyList<string> columns, IEnumerable<ImportRegister.RejectedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var c in columns) csv.WriteField(c);
            csv.WriteField("reason");
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var c in columns) csv.WriteField(row.Cells.GetValueOrDefault(c) ?? "");
                csv.WriteField($"line {row.Line}: {row.Reason}");
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
