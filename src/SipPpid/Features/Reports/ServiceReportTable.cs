using MiniExcelLibs;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Reports;

/// <summary>The service report as a flat table (one row per unit, then the total): the CSV and XLSX forms.</summary>
public static class ServiceReportTable
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static (List<string> Header, List<List<object?>> Rows) Build(ServiceReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The unit, every figure (ReportFigures), then as of which day the row is counted and whether the period is
        // still running (its figures provisional, sementara).
        List<string> header = ["unit_code", "unit_name", "parent_code", .. ReportFigures.All.Select(f => f.Column), "as_of", "provisional"];
        var rows = report.Units.Select(u => Row(u.Code, u.Name, u.ParentCode, new Figures(u.Requests, u.Objections, u.Disputes))).ToList();
        rows.Add(Row("TOTAL", "Jumlah", report.Unit, report.Total));
        foreach (var row in rows) row.AddRange([report.AsOf, report.Provisional]);
        return (header, rows);
    }

    private static List<object?> Row(string code, string name, string? parent, Figures f) => [code, name, parent, .. ReportFigures.All.Select(figure => figure.Read(f))];

    public static byte[] Csv(ServiceReportResult report)
    {
        var (header, rows) = Build(report);
        return CsvTable.Write(header, rows);
    }

    /// <summary>
    /// The XLSX header of a CSV column: the Indonesian a person reads ("Saluran: surat" for <c>channel_letter</c>);
    /// the CSV and JSON keep the machine names of the JSON contract. A column without a label keeps its name.
    /// </summary>
    public static string Header(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Headers.TryGetValue(column, out var header) ? header : column;
    }

    private static readonly Dictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["unit_code"] = "Kode unit",
        ["unit_name"] = "Nama unit",
        ["parent_code"] = "Kode unit induk",
        ["as_of"] = "Keadaan per tanggal",
        ["provisional"] = "Sementara (periode belum berakhir)",
    }.Concat(ReportFigures.All.Select(f => KeyValuePair.Create(f.Column, f.Header))).ToDictionary(StringComparer.Ordinal);

    public static byte[] Xlsx(ServiceReportResult report)
    {
        var (header, rows) = Build(report);
        var sheet = rows.Select(row =>
        {
            var dict = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++) dict[Header(header[i])] = row[i];
            return dict;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: report.Provisional ? "Rekap per Unit (sementara)" : "Rekap per Unit");
        return stream.ToArray();
    }
}
