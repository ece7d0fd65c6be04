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
        var first = report.Total;
        var header = new List<string> { "unit_code", "unit_name", "parent_code", "received" };
        header.AddRange(first.Requests.ByChannel.Keys.Select(k => "channel_" + k));
        header.AddRange(["withdrawn", "decided", "pending"]);
        header.AddRange(first.Requests.ByDecision.Keys.Select(k => "decision_" + k));
        header.AddRange(first.Requests.Exemptions.Keys.Select(k => "exemption_" + k));
        header.AddRange(["extended", "on_time", "late", "overdue", "days_mean", "days_median", "days_min", "days_max"]);
        header.AddRange(first.Requests.ProcessingDaysDistribution.Keys.Select(k => "days_" + k));
        header.AddRange(["objections_received", "objections_decided", "objections_pending"]);
        header.AddRange(first.Objections.ByGround.Keys.Select(k => "objection_ground_" + k));
        header.AddRange(first.Objections.ByDecision.Keys.Select(k => "objection_" + k));
        header.AddRange(["objections_on_time", "objections_late", "disputes_received"]);
        header.AddRange(first.Disputes.ByOutcome.Keys.Select(k => "dispute_" + k));
        header.Add("court_cases");
        // As of which day the row is counted, and whether the period is still running (its figures provisional, sementara).
        header.AddRange(["as_of", "provisional"]);

        var rows = report.Units.Select(u => Row(u.Code, u.Name, u.ParentCode, new Figures(u.Requests, u.Objections, u.Disputes))).ToList();
        rows.Add(Row("TOTAL", "Jumlah", report.Unit, report.Total));
        foreach (var row in rows) row.AddRange([report.AsOf, report.Provisional]);
        return (header, rows);
    }

    private static List<object?> Row(string code, string name, string? parent, Figures f)
    {
        var r = f.Requests;
        var row = new List<object?> { code, name, parent, r.Received };
        row.AddRange(r.ByChannel.Values.Cast<object?>());
        row.AddRange([r.Withdrawn, r.Decided, r.Pending]);
        row.AddRange(r.ByDecision.Values.Cast<object?>());
        row.AddRange(r.Exemptions.Values.Cast<object?>());
        row.AddRange([r.Extended, r.OnTime, r.Late, r.Overdue, r.ProcessingDays?.Mean, r.ProcessingDays?.Median, r.ProcessingDays?.Min, r.ProcessingDays?.Max]);
        row.AddRange(r.ProcessingDaysDistribution.Values.Cast<object?>());
        var o = f.Objections;
        row.AddRange([o.Received, o.Decided, o.Pending]);
        row.AddRange(o.ByGround.Values.Cast<object?>());
        row.AddRange(o.ByDecision.Values.Cast<object?>());
        row.AddRange([o.OnTime, o.Late, f.Disputes.Received]);
        row.AddRange(f.Disputes.ByOutcome.Values.Cast<object?>());
        row.Add(f.Disputes.CourtCases);
        return row;
    }

    public static byte[] Csv(ServiceReportResult report)
    {
        var (header, rows) = Build(report);
        return CsvTable.Write(header, rows);
    }

    /// <summary>
    /// The XLSX header of a CSV column: the Indonesian a person reads ("Saluran: surat" for <c>channel_letter</c>);
    /// the CSV and JSON keep the machine names (contracts.md). A column without a label keeps its name.
    /// </summary>
    public static string Header(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (Headers.TryGetValue(column, out var fixedHeader)) return fixedHeader;
        foreach (var (prefix, label, values) in Families)
        {
            if (column.StartsWith(prefix, StringComparison.Ordinal) && values.TryGetValue(column[prefix.Length..], out var value))
                return label + value;
        }

        return column;
    }

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["unit_code"] = "Kode unit",
        ["unit_name"] = "Nama unit",
        ["parent_code"] = "Kode unit induk",
        ["received"] = "Permohonan diterima",
        ["withdrawn"] = "Ditarik",
        ["decided"] = "Diputus",
        ["pending"] = "Belum diputus",
        ["extended"] = "Diperpanjang",
        ["on_time"] = "Tepat waktu",
        ["late"] = "Terlambat",
        ["overdue"] = "Lewat tenggat",
        ["days_mean"] = "Rerata hari kerja",
        ["days_median"] = "Median hari kerja",
        ["days_min"] = "Hari kerja tersingkat",
        ["days_max"] = "Hari kerja terlama",
        ["objections_received"] = "Keberatan diterima",
        ["objections_decided"] = "Keberatan ditanggapi",
        ["objections_pending"] = "Keberatan belum ditanggapi",
        ["objections_on_time"] = "Keberatan ditanggapi tepat waktu",
        ["objections_late"] = "Keberatan ditanggapi terlambat",
        ["disputes_received"] = "Sengketa diterima",
        ["court_cases"] = "Sengketa berlanjut ke pengadilan",
        ["as_of"] = "Keadaan per tanggal",
        ["provisional"] = "Sementara (periode belum berakhir)",
    };

    private static readonly (string Prefix, string Label, Dictionary<string, string> Values)[] Families =
    [
        ("channel_", "Saluran: ", new() { ["web"] = "formulir daring", ["in_person"] = "datang langsung", ["letter"] = "surat", ["email"] = "e-mail", ["phone"] = "telepon", ["whatsapp"] = "WhatsApp", ["other"] = "lainnya" }),
        ("decision_", "Keputusan: ", new() { ["granted_full"] = "dikabulkan seluruhnya", ["granted_partial"] = "dikabulkan sebagian", ["rejected_exempt"] = "ditolak (dikecualikan)", ["not_held"] = "belum dikuasai", ["not_documented"] = "belum didokumentasikan", ["held_by_other_body"] = "dikuasai badan publik lain" }),
        ("exemption_", "Pengecualian: ", new() { ["17a"] = "Pasal 17 huruf a", ["17b"] = "Pasal 17 huruf b", ["17c"] = "Pasal 17 huruf c", ["17d"] = "Pasal 17 huruf d", ["17e"] = "Pasal 17 huruf e", ["17f"] = "Pasal 17 huruf f", ["17g"] = "Pasal 17 huruf g", ["17h"] = "Pasal 17 huruf h", ["17i"] = "Pasal 17 huruf i", ["17j"] = "Pasal 17 huruf j", ["other_law"] = "undang-undang lain" }),
        ("days_", "Waktu penyelesaian: ", new() { ["0-3"] = "0–3 hari kerja", ["4-7"] = "4–7 hari kerja", ["8-10"] = "8–10 hari kerja", ["11-17"] = "11–17 hari kerja", [">17"] = "lebih dari 17 hari kerja" }),
        ("objection_ground_", "Alasan keberatan: huruf ", new() { ["a"] = "a", ["b"] = "b", ["c"] = "c", ["d"] = "d", ["e"] = "e", ["f"] = "f", ["g"] = "g" }),
        ("objection_", "Tanggapan keberatan: ", new() { ["accepted"] = "diterima", ["rejected"] = "ditolak", ["settled"] = "diselesaikan", ["withdrawn"] = "ditarik" }),
        ("dispute_", "Sengketa: ", new() { ["mediation_success"] = "mediasi berhasil", ["adjudication_for_applicant"] = "ajudikasi memenangkan pemohon", ["adjudication_for_public_body"] = "ajudikasi memenangkan badan publik", ["withdrawn"] = "dicabut", ["pending"] = "masih berjalan" }),
    ];

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
