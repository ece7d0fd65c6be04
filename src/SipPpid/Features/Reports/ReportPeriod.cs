namespace SipPpid.Features.Reports;

/// <summary>The dashboard's period presets: this month, quarter, semester, year, or a custom range.</summary>
public static class ReportPeriod
{
    public static readonly string[] Presets = ["month", "quarter", "semester", "year"];

    public static (DateOnly From, DateOnly To) Of(string? preset, DateOnly today, DateOnly? from, DateOnly? to)
    {
        if (preset == "custom" && from is { } f && to is { } t && f <= t) return (f, t);
        var y = today.Year;
        return preset switch
        {
            "quarter" => Range(new DateOnly(y, (today.Month - 1) / 3 * 3 + 1, 1), 3),
            "semester" => Range(new DateOnly(y, today.Month <= 6 ? 1 : 7, 1), 6),
            "month" => Range(new DateOnly(y, today.Month, 1), 1),
            _ => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
        };
    }

    private static (DateOnly, DateOnly) Range(DateOnly start, int months) => (start, start.AddMonths(months).AddDays(-1));

    /// <summary>The calendar months of a period (at most the first 24), for the trend chart.</summary>
    public static IEnumerable<(DateOnly From, DateOnly To)> Months(DateOnly from, DateOnly to)
    {
        var m = new DateOnly(from.Year, from.Month, 1);
        for (var i = 0; m <= to && i < 24; i++, m = m.AddMonths(1))
        {
            var end = m.AddMonths(1).AddDays(-1);
            yield return (m < from ? from : m, end > to ? to : end);
        }
    }
}
