using SipPpid.Features.Reports;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// The open statistics as a flat table (one row per unit, then the total), for the CSV download: the same rows as the
/// page and the JSON, suppressed figures left empty with the note in the last column. Column names follow the
/// report's CSV (<see cref="ReportFigures"/>).
/// </summary>
public static class OpenStatisticsTable
{
    public static byte[] Csv(PublicStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        List<string> header =
        [
            "unit_code", "unit_name", "includes_subunits", "period", "from", "to", "received", "decided", "withdrawn", "pending",
            "on_time", "late", "on_time_percent", "days_median",
            .. ReportFigures.Decisions.Select(m => "decision_" + m.Code),
            .. ReportFigures.ExemptionBases.Select(m => "exemption_" + m.Code),
            "objections_received", "objections_decided", "objections_pending",
            .. ReportFigures.ObjectionDecisions.Select(m => "objection_" + m.Code),
            "disputes_received",
            .. ReportFigures.DisputeOutcomes.Select(m => "dispute_" + m.Code),
            "note",
        ];
        var rows = statistics.Units.Select(u => Row(statistics, u, u.Code, u.Name)).ToList();
        rows.Add(Row(statistics, statistics.Total, "TOTAL", "Jumlah " + statistics.UnitName));
        return CsvTable.Write(header, rows);
    }

    private static List<object?> Row(PublicStatistics s, PublicUnitFigures u, string code, string name)
    {
        var r = u.Requests;
        return
        [
            code, name, u.Subtree, s.Period, s.From, s.To, r.Received, r.Decided, r.Withdrawn, r.Pending,
            r.OnTime, r.Late, r.OnTimePercent, r.MedianDays,
            .. ReportFigures.Decisions.Select(m => (object?)r.ByDecision[m.Code]),
            .. ReportFigures.ExemptionBases.Select(m => (object?)r.Exemptions[m.Code]),
            u.Objections.Received, u.Objections.Decided, u.Objections.Pending,
            .. ReportFigures.ObjectionDecisions.Select(m => (object?)u.Objections.ByDecision[m.Code]),
            u.Disputes.Received,
            .. ReportFigures.DisputeOutcomes.Select(m => (object?)u.Disputes.ByOutcome[m.Code]),
            u.Note,
        ];
    }
}
