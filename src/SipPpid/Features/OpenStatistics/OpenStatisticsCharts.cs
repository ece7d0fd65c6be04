using SipPpid.Features.Reports;

namespace SipPpid.Features.OpenStatistics;

/// <summary>The page's charts, from the same rows as its tables (<see cref="PublicStatistics"/>).</summary>
public static class OpenStatisticsCharts
{
    /// <summary>Requests received and decided per unit.</summary>
    public static BarChart Volume(PublicStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var max = Math.Max(1, s.Units.Max(u => u.Requests.Received));
        return new BarChart("chart-volume", "Permohonan diterima dan diputus per unit", "table-units",
            s.Units.Select(u => new BarChart.Row(u.Name,
            [
                new BarChart.Bar(u.Requests.Received, max, $"{u.Requests.Received} diterima", "bar-received"),
                new BarChart.Bar(u.Requests.Decided, max, $"{u.Requests.Decided} diputus", "bar-decided"),
            ])).ToList(),
            [new("Diterima", "bar-received"), new("Diputus", "bar-decided")]);
    }

    /// <summary>The share decided on time per unit; a unit with too few decided requests gets the note, not a bar.</summary>
    public static BarChart OnTime(PublicStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new BarChart("chart-on-time", "Persentase diputus tepat waktu per unit", "table-units",
            s.Units.Select(u => new BarChart.Row(u.Name,
            [
                u.Comparable
                    ? new BarChart.Bar(u.Requests.OnTimePercent ?? 0, 100, u.Requests.OnTimePercent is { } p ? IndexModel.Num(p) + "%" : "–", "bar-on-time")
                    : new BarChart.Bar(null, 100, $"{OpenStatisticsRules.TooFew} ({u.Requests.Decided} diputus)", "bar-on-time"),
            ])).ToList(),
            []);
    }

    /// <summary>How the decided requests of the whole scope were answered (outcome shares).</summary>
    public static BarChart Outcomes(PublicStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var r = s.Total.Requests;
        return new BarChart("chart-outcomes", "Keputusan atas permohonan yang diputus", "table-outcomes",
            ReportFigures.Decisions.Select(m => new BarChart.Row(m.Title ?? m.Header,
                [new BarChart.Bar(r.ByDecision[m.Code], Math.Max(1, r.Decided), $"{r.ByDecision[m.Code]} ({IndexModel.Pct(r.ByDecision[m.Code], r.Decided)})", "bar-decided")]))
                .ToList(),
            []);
    }
}
