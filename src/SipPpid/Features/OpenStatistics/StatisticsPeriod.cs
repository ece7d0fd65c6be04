using System.Globalization;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// A period of the open statistics, named in the address: a year (<c>2025</c>), a semester (<c>2025-S1</c>,
/// <c>2025-S2</c>) or a month (<c>2025-03</c>). Only ended periods are public (<see cref="OpenStatisticsRules.HasEnded"/>).
/// </summary>
public sealed record StatisticsPeriod(string Code, DateOnly From, DateOnly To, string Label)
{
    /// <summary>The period a code names, or null when the code is not one (or lies outside the calendar).</summary>
    public static StatisticsPeriod? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        code = code.Trim().ToUpperInvariant();
        var parts = code.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4) return null;
        if (year < WorkingCalendar.MinDate.Year || year > WorkingCalendar.MaxDate.Year - 1) return null;
        return parts switch
        {
            [_] => Year(year),
            [_, "S1"] => Semester(year, 1),
            [_, "S2"] => Semester(year, 2),
            [_, var m] when m.Length == 2 && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 => Month(year, month),
            _ => null,
        };
    }

    public static StatisticsPeriod Year(int year) =>
        new(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"Tahun {year}");

    public static StatisticsPeriod Semester(int year, int half)
    {
        var from = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new($"{year}-S{half}", from, from.AddMonths(6).AddDays(-1), $"Semester {(half == 1 ? "I" : "II")} {year}");
    }

    public static StatisticsPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new(from.ToString("yyyy-MM", CultureInfo.InvariantCulture), from, from.AddMonths(1).AddDays(-1),
            from.ToString("MMMM yyyy", IndonesianDates.Culture));
    }

    /// <summary>The latest year that has ended: the default of the page.</summary>
    public static StatisticsPeriod LatestYear(DateOnly today) => Year(today.Year - 1);

    /// <summary>
    /// The ended periods from <paramref name="firstYear"/> to today, newest first, grouped by year (the year, its
    /// semesters, its months), for the period picker.
    /// </summary>
    public static IEnumerable<(int Year, IReadOnlyList<StatisticsPeriod> Periods)> Ended(int firstYear, DateOnly today)
    {
        for (var year = today.Year; year >= Math.Min(firstYear, today.Year - 1); year--)
        {
            List<StatisticsPeriod> all = [Year(year), Semester(year, 1), Semester(year, 2), .. Enumerable.Range(1, 12).Select(m => Month(year, m))];
            var ended = all.Where(p => OpenStatisticsRules.HasEnded(p.To, today)).ToList();
            if (ended.Count > 0) yield return (year, ended);
        }
    }
}
