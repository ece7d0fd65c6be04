using System.Globalization;
using MiniExcelLibs;
using SipPpid.Domain;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Requests;

/// <summary>
/// The Register Permohonan as CSV and XLSX. The CSV and JSON carry the column names of the register import
/// (contracts.md), for programs; the XLSX, which a person opens, carries the Indonesian headers of
/// <see cref="Headers"/> in the same order. Rows in, bytes out.
/// </summary>
public static class RegisterExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Columns =
    [
        "unit_code", "registration_number", "received_date", "channel", "applicant_type", "applicant_name", "applicant_nik",
        "applicant_email", "applicant_phone", "applicant_address", "applicant_occupation", "information_requested", "purpose",
        "obtain_method", "copy_format", "delivery_method", "extension_date", "notice_date", "decision", "exemption_basis",
        "other_body", "fee", "withdrawn_date",
    ];

    /// <summary>The XLSX header of each of <see cref="Columns"/>, as a person reads it.</summary>
    public static readonly string[] Headers =
    [
        "Kode unit", "Nomor pendaftaran", "Tanggal diterima", "Saluran", "Jenis pemohon", "Nama pemohon", "NIK (tersamar)",
        "E-mail", "Telepon", "Alamat", "Pekerjaan", "Rincian informasi yang diminta", "Tujuan penggunaan",
        "Cara memperoleh informasi", "Bentuk salinan", "Cara pengiriman", "Tanggal perpanjangan", "Tanggal pemberitahuan tertulis",
        "Keputusan", "Dasar pengecualian", "Badan publik lain", "Biaya (Rp)", "Tanggal ditarik",
    ];

    /// <summary>One register row, projected in the database.</summary>
    public sealed record Row(
        string UnitCode, string Number, DateOnly Received, Channel Channel, ApplicantType ApplicantType, string Name, string? Nik,
        string? Email, string? Phone, string? Address, string? Occupation, string Information, string? Purpose, ObtainMethod Obtain,
        CopyFormat? CopyFormat, DeliveryMethod? Delivery, DateOnly? Extension, DateOnly? Notice, Decision? Decision,
        string? ExemptionBasis, string? OtherBody, decimal? Fee, DateOnly? Withdrawn);

    public static IQueryable<Row> ToRegisterRows(this IQueryable<InformationRequest> q) => q.Select(r => new Row(
        r.Unit!.Code, r.RegistrationNumber, r.ReceivedDate, r.Channel, r.ApplicantType, r.ApplicantName, r.ApplicantNik,
        r.ApplicantEmail, r.ApplicantPhone, r.ApplicantAddress, r.ApplicantOccupation, r.InformationRequested, r.Purpose, r.ObtainMethod,
        r.CopyFormat, r.DeliveryMethod, r.ExtensionDate, r.NoticeDate, r.Decision, r.ExemptionBasis, r.OtherBody, r.Fee, r.WithdrawnDate));

    private static string?[] Cells(Row r) =>
    [
        r.UnitCode, r.Number, Iso(r.Received), RequestCodes.Code(r.Channel), RequestCodes.Code(r.ApplicantType), r.Name,
        RequestQueries.MaskNik(r.Nik), r.Email, r.Phone, r.Address, r.Occupation, r.Information, r.Purpose, RequestCodes.Code(r.Obtain),
        r.CopyFormat is { } f ? RequestCodes.Code(f) : null, r.Delivery is { } d ? RequestCodes.Code(d) : null, Iso(r.Extension), Iso(r.Notice),
        r.Decision is { } dec ? RequestCodes.Code(dec) : null, r.ExemptionBasis, r.OtherBody, r.Fee?.ToString("0.##", CultureInfo.InvariantCulture), Iso(r.Withdrawn),
    ];

    private static readonly int FeeColumn = Array.IndexOf(Columns, "fee");

    /// <summary>The CSV's cells: text, except the fee, which is written as a number (never neutralised).</summary>
    private static object?[] CsvCells(Row r)
    {
        var cells = Cells(r).Cast<object?>().ToArray();
        cells[FeeColumn] = r.Fee;
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

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
