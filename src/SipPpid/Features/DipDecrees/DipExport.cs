using System.Globalization;
using MiniExcelLibs;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.DipDecrees;

/// <summary>The DIP as CSV and XLSX: rows in, bytes out, the columns of <see cref="DipColumns"/> (so a file re-imports).</summary>
public static class DipExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>CSV (UTF-8, formula-safe through <see cref="CsvTable.Write"/>), with the import's column names.</summary>
    public static byte[] Csv(IEnumerable<DipListRow> rows) =>
        CsvTable.Write(DipColumns.All.Select(c => c.Name), rows.Select(r => DipColumns.All.Select(c => c.Cell(r))));

    /// <summary>
    /// XLSX with the Indonesian headers. Every cell is a typed string (a date as yyyy-MM-dd), never a formula, so text
    /// that starts with "=" stays text and re-imports as it is (as the register's XLSX export does).
    /// </summary>
    public static byte[] Xlsx(IEnumerable<DipListRow> rows)
    {
        var sheet = rows.Select(r =>
        {
            var dict = new Dictionary<string, object?>(DipColumns.All.Count);
            foreach (var c in DipColumns.All) dict[c.Header] = Text(c.Cell(r));
            return dict;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Daftar Informasi Publik");
        return stream.ToArray();
    }

    private static object? Text(object? cell) => cell switch
    {
        null => null,
        int n => n,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => s,
        _ => cell.ToString(),
    };
}
