using System.Globalization;
using MiniExcelLibs;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Survey;

/// <summary>
/// The survey report as a flat table, one row per unit then the total (unit_code TOTAL): the CSV (machine column names,
/// as the JSON) and the XLSX (Indonesian headers). Numbers are numbers with the JSON's rounding; text goes through the
/// shared CSV writer (formula-like text neutralised) and into the XLSX as string cells, never formulas.
/// </summary>
public static class SurveyReportTable
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<(string Column, string Header)> Columns =
    [
        ("unit_code", "Kode unit"), ("unit_name", "Nama unit"), ("respondents", "Responden"),
        .. SurveyCodes.Elements.Select(e => (e.Code, $"NRR {e.Code.ToUpperInvariant()} {e.Name}")),
        ("ikm", "IKM"), ("ikm_converted", "IKM konversi"), ("grade", "Mutu pelayanan"), ("population", "Populasi (permohonan diputus)"),
        ("minimum_sample", "Sampel minimum"), ("sample_adequate", "Sampel memadai"),
    ];

    public static List<List<object?>> Rows(SurveyReportJson report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Units.Select(Row), Row(report.Total with { Code = "TOTAL" })];
    }

    private static List<object?> Row(SurveyUnitJson u) =>
    [
        u.Code, u.Name, u.Respondents, u.Nrr.U1, u.Nrr.U2, u.Nrr.U3, u.Nrr.U4, u.Nrr.U5, u.Nrr.U6, u.Nrr.U7, u.Nrr.U8, u.Nrr.U9,
        u.Ikm, u.IkmConverted, u.Grade, u.Population, u.MinimumSample, u.SampleAdequate,
    ];

    /// <summary>The CSV writes each figure with its decimals (3.00, as the JSON), so a column reads the same on every row.</summary>
    public static byte[] Csv(SurveyReportJson report) =>
        CsvTable.Write(Columns.Select(c => c.Column), Rows(report).Select(row => row.Select(cell => cell is decimal d ? d.ToString(CultureInfo.InvariantCulture) : cell)));

    public static byte[] Xlsx(SurveyReportJson report)
    {
        var sheet = Rows(report).Select(row =>
        {
            var dict = new Dictionary<string, object?>(Columns.Count);
            for (var i = 0; i < Columns.Count; i++)
                dict[Columns[i].Header] = row[i] switch { bool b => b ? "ya" : "tidak", var cell => cell };
            return dict;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Survei Kepuasan Masyarakat");
        return stream.ToArray();
    }
}
