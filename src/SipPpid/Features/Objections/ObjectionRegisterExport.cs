using System.Globalization;
using MiniExcelLibs;
using SipPpid.Domain;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Objections;

/// <summary>
/// The Register Keberatan (the objections register the Atasan PPID keeps) as CSV and XLSX: rows in, bytes out; codes as in ObjectionCodes. The CSV and JSON
/// carry the machine column names of <see cref="Columns"/>, the XLSX the Indonesian <see cref="Headers"/>.
/// </summary>
public static class ObjectionRegisterExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Columns =
    [
        "objection_number", "received_date", "applicant_or_proxy", "request_number", "information_requested", "purpose",
        "grounds", "case_description", "decision", "answer_date", "atasan_name", "atasan_position", "applicant_response",
    ];

    /// <summary>The XLSX header of each of <see cref="Columns"/>, as a person reads it.</summary>
    public static readonly string[] Headers =
    [
        "Nomor keberatan", "Tanggal diterima", "Pemohon / kuasa", "Nomor pendaftaran permohonan", "Rincian informasi yang diminta",
        "Tujuan penggunaan", "Alasan keberatan (Pasal 35 ayat 1)", "Kasus posisi", "Tanggapan Atasan PPID", "Tanggal tanggapan",
        "Nama Atasan PPID", "Jabatan Atasan PPID", "Tanggapan pemohon",
    ];

    public sealed record Row(
        string Number, DateOnly Received, string Applicant, string? Proxy, string RequestNumber, string Information, string? Purpose,
        string Grounds, string CaseDescription, ObjectionDecision? Decision, DateOnly? AnswerDate, string? AtasanName, string? AtasanPosition,
        ApplicantResponse? Response);

    public static IQueryable<Row> ToRegisterRows(this IQueryable<Objection> q) => q.Select(o => new Row(
        o.ObjectionNumber, o.ReceivedDate, o.Request!.ApplicantName, o.ProxyName, o.Request.RegistrationNumber, o.Request.InformationRequested,
        o.Request.Purpose, o.Grounds, o.CaseDescription, o.Decision, o.DecisionDate, o.AtasanName, o.AtasanPosition, o.Response));

    private static string?[] Cells(Row r) =>
    [
        r.Number, Iso(r.Received), ObjectionQueries.ApplicantOrProxy(r.Applicant, r.Proxy), r.RequestNumber, r.Information, r.Purpose,
        r.Grounds, r.CaseDescription, r.Decision is { } d ? ObjectionCodes.Code(d) : null, Iso(r.AnswerDate), r.AtasanName, r.AtasanPosition,
        r.Response is { } s ? ObjectionCodes.Code(s) : null,
    ];

    public static byte[] Csv(IEnumerable<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvTable.Write(Columns, rows.Select(Cells));
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
        stream.SaveAs(sheet, sheetName: "Register Keberatan");
        return stream.ToArray();
    }

    /// <summary>The rows as a JSON array of objects keyed by the CSV's column names.</summary>
    public static byte[] Json(IEnumerable<Row> rows) => Infrastructure.Csv.TableJson.Serialize(rows, Columns, Cells);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
