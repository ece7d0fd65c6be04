namespace SipPpid.Rules;

/// <summary>
/// The report's period: the dashboard's presets (this month, quarter, semester, year; last year; the semesters of
/// this and last year; or a custom range) and the one "as of" rule every figure of a period is counted by.
/// </summary>
public static class ReportPeriod
{
    public static readonly string[] Presets = ["month", "quarter", "semester", "year", "last_year", "semester1", "semester2", "last_semester1", "last_semester2"];

    public static (DateOnly From, DateOnly To) Of(string? preset, DateOnly today, DateOnly? from, DateOnly? to)
    {
        if (preset == "custom" && from is { } f && to is { } t && f <= t) return (f, t);
        var y = today.Year;
        return preset switch
        {
            "quarter" => Range(new DateOnly(y, (today.Month - 1) / 3 * 3 + 1, 1), 3),
            "semester" => Range(new DateOnly(y, today.Month <= 6 ? 1 : 7, 1), 6),
            "month" => Range(new DateOnly(y, today.Month, 1), 1),
            "last_year" => (new DateOnly(y - 1, 1, 1), new DateOnly(y - 1, 12, 31)),
            "semester1" => Range(new DateOnly(y, 1, 1), 6),
            "semester2" => Range(new DateOnly(y, 7, 1), 6),
            "last_semester1" => Range(new DateOnly(y - 1, 1, 1), 6),
            "last_semester2" => Range(new DateOnly(y - 1, 7, 1), 6),
            _ => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
        };
    }

    /// <summary>
    /// The day every state of a period is counted as of (the service report's published JSON contract): the earlier of the period's
    /// last day and the body's today. A period that has not ended is counted as it stands today, so nothing is
    /// overdue before its deadline has actually passed.
    /// </summary>
    public static DateOnly AsOf(DateOnly to, DateOnly today) => to < today ? to : today;

    /// <summary>A period whose last day is after today: its figures are provisional (<i>sementara</i>) and can still change.</summary>
    public static bool IsProvisional(DateOnly to, DateOnly today) => to > today;

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
