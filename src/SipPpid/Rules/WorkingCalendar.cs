using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>
/// The working-day calendar: the single source of deadline truth. Working day = Monday–Friday, not a
/// libur nasional, and not a cuti bersama unless the body counts cuti bersama as working days.
/// Counting rule (UU 14/2008 as the Komisi Informasi counts it): the receipt date is day 0; day n is the n-th working day strictly after it.
/// Immutable; every date from 2000 to 2100 is precomputed into a running count of working days, so
/// each question is an array lookup.
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly DateOnly MinDate = new(2000, 1, 1);
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    private static readonly int MinDay = MinDate.DayNumber;

    // _ordinal[i] = number of working days in [MinDate, MinDate + i].
    private readonly int[] _ordinal;

    // _workingDay[k] = day offset of the (k+1)-th working day since MinDate.
    private readonly int[] _workingDay;
    private readonly Dictionary<DateOnly, Holiday> _holidays;

    public WorkingCalendar(IEnumerable<Holiday> holidays, bool cutiBersamaIsWorkingDay)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = holidays.ToDictionary(h => h.Date);
        CutiBersamaIsWorkingDay = cutiBersamaIsWorkingDay;

        var days = MaxDate.DayNumber - MinDay + 1;
        _ordinal = new int[days];
        var working = new List<int>(days * 5 / 7 + 1);
        var count = 0;
        for (var i = 0; i < days; i++)
        {
            if (Computes(DateOnly.FromDayNumber(MinDay + i)))
            {
                count++;
                working.Add(i);
            }

            _ordinal[i] = count;
        }

        _workingDay = [.. working];
    }

    public bool CutiBersamaIsWorkingDay { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date);
        return i == 0 ? _ordinal[0] == 1 : _ordinal[i] != _ordinal[i - 1];
    }

    /// <summary>The holiday on <paramref name="date"/>, if any (whether or not it stops work).</summary>
    public Holiday? HolidayOn(DateOnly date) => _holidays.GetValueOrDefault(date);

    /// <summary>
    /// Working days since 2000-01-01 up to and including <paramref name="date"/>. Durations are
    /// differences of ordinals, so reports can store them and subtract in SQL.
    /// </summary>
    public int Ordinal(DateOnly date) => _ordinal[Index(date)];

    /// <summary>Day <paramref name="days"/> after <paramref name="start"/> (day 0); n ≥ 0.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0) return start;
        var k = _ordinal[Index(start)] + days; // ordinal of the target working day
        if (k > _workingDay.Length)
            throw new ArgumentOutOfRangeException(nameof(days), $"The result lies after {MaxDate:yyyy-MM-dd}.");
        return DateOnly.FromDayNumber(MinDay + _workingDay[k - 1]);
    }

    /// <summary>
    /// Number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>: the day number
    /// of <paramref name="to"/> counted from <paramref name="from"/>. Negative when <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) => Ordinal(to) - Ordinal(from);

    private bool Computes(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        if (!_holidays.TryGetValue(date, out var holiday)) return true;
        return holiday.Kind == HolidayKind.CutiBersama && CutiBersamaIsWorkingDay;
    }

    private static int Index(DateOnly date)
    {
        if (date < MinDate || date > MaxDate)
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The calendar covers {MinDate:yyyy} to {MaxDate:yyyy}.");
        return date.DayNumber - MinDay;
    }
}
