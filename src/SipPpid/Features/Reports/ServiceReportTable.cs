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

    public static byte[] Xlsx(ServiceReportResult report)
    {
        var (header, rows) = Build(report);
        var sheet = rows.Select(row =>
        {
            var dict = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++) dict[header[i]] = row[i];
            return dict;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: report.Provisional ? "Rekap per Unit (sementara)" : "Rekap per Unit");
        return stream.ToArray();
    }
}
