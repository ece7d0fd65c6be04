using MiniExcelLibs;
using SipPpid.Domain;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Requests;

/// <summary>
/// The Register Permohonan as CSV, XLSX and JSON, column by column as <see cref="RegisterColumns"/> describes them.
/// The CSV and JSON carry the column names of the register import, for programs; the XLSX, which a person opens,
/// carries the Indonesian headers in the same order. A CSV or XLSX export re-imports (the NIK, exported masked,
/// comes back as "not given": see <see cref="RegisterColumns.Nik"/>). Rows in, bytes out.
/// </summary>
public static class RegisterExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The CSV's and the JSON's column names, in order.</summary>
    public static readonly string[] Columns = [.. RegisterColumns.Exported.Select(c => c.Name)];

    /// <summary>The XLSX header of each of <see cref="Columns"/>, as a person reads it.</summary>
    public static readonly string[] Headers = [.. RegisterColumns.Exported.Select(c => c.Header!)];

    /// <summary>One register row, projected in the database: the value of each of <see cref="RegisterColumns.All"/>.</summary>
    public sealed class Row(object?[] values)
    {
        /// <summary>The row's value in <paramref name="column"/>.</summary>
        public T Get<T>(RegisterColumn<T> column)
        {
            ArgumentNullException.ThrowIfNull(column);
            return (T)values[column.Index]!;
        }

        internal object? this[RegisterColumn column] => values[column.Index];
    }

    public static IQueryable<Row> ToRegisterRows(this IQueryable<InformationRequest> q) => q.Select(RegisterColumns.Values).Select(v => new Row(v));

    private static string?[] Cells(Row r)
    {
        var cells = new string?[RegisterColumns.Exported.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = RegisterColumns.Exported[i].ExportText(r[RegisterColumns.Exported[i]]);
        return cells;
    }

    /// <summary>The CSV's cells: text, except where a column writes a typed value (the fee, a number: never neutralised).</summary>
    private static object?[] CsvCells(Row r)
    {
        var cells = new object?[RegisterColumns.Exported.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = RegisterColumns.Exported[i].CsvCell(r[RegisterColumns.Exported[i]]);
        return cells;
    }

    public static byte[] Csv(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvTable.Write(Columns, rows.Select(CsvCells));
    }

    public static byte[] Xlsx(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = rows.Select(row =>
        {
            var cells = Cells(row);
            var dict = new Dictionary<string, object?>(Columns.Length);
            for (var i = 0; i < Columns.Length; i++) dict[Headers[i]] = cells[i];
            return dict;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Register Permohonan");
        return stream.ToArray();
    }

    /// <summary>The rows as a JSON array of objects keyed by the CSV's column names.</summary>
    public static byte[] Json(IEnumerable<Row> rows) => Infrastructure.Csv.TableJson.Serialize(rows, Columns, Cells);
}
