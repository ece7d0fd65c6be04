using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Cal = Holidays.Calendar();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Worked_example_of_domain_md_received_monday_5_january_2026_is_due_tuesday_20_january()
    {
        // Fri 2026-01-16 (Isra Mikraj) is a holiday, so day 10 moves from the 19th to the 20th.
        Assert.Equal(D("2026-01-20"), Cal.NoticeDeadline(D("2026-01-05"), extended: false));
        Assert.Equal(10, Cal.WorkingDaysBetween(D("2026-01-05"), D("2026-01-20")));
    }

    [Fact]
    public void Extension_makes_the_deadline_day_17()
    {
        Assert.Equal(D("2026-01-29"), Cal.NoticeDeadline(D("2026-01-05"), extended: true));
    }

    [Theory]
    [InlineData("2026-01-10", false)] // Saturday
    [InlineData("2026-01-11", false)] // Sunday
    [InlineData("2026-01-12", true)]  // Monday
    [InlineData("2026-01-16", false)] // Isra Mikraj (libur nasional)
    [InlineData("2026-03-23", false)] // cuti bersama Idul Fitri
    [InlineData("2025-12-26", false)] // cuti bersama Natal
    [InlineData("2026-12-31", true)]  // an ordinary Thursday at year end
    public void Working_days_are_weekdays_that_are_not_holidays(string date, bool working)
    {
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Lebaran_2025_holidays_and_cuti_bersama_push_the_deadline_to_22_april()
    {
        // Received Thu 27 March 2025: 28 Mar cuti, 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti, 18 Apr Good Friday.
        Assert.Equal(D("2025-04-22"), Cal.NoticeDeadline(D("2025-03-27"), extended: false));
    }

    [Fact]
    public void Lebaran_2025_with_cuti_bersama_counted_as_working_days()
    {
        var cal = Holidays.Calendar(cutiBersamaIsWorkingDay: true);
        Assert.True(cal.IsWorkingDay(D("2025-04-02")));
        Assert.False(cal.IsWorkingDay(D("2025-03-31")));
        Assert.Equal(D("2025-04-14"), cal.NoticeDeadline(D("2025-03-27"), extended: false));
    }

    [Fact]
    public void Lebaran_2026_received_the_day_before_nyepi_is_due_8_april()
    {
        // 18 Mar cuti, 19 Mar Nyepi, 20 Mar cuti, 21–22 Idul Fitri (weekend), 23–24 cuti, 3 Apr Good Friday.
        Assert.Equal(D("2026-04-08"), Cal.NoticeDeadline(D("2026-03-17"), extended: false));
        Assert.Equal(1, Cal.WorkingDaysBetween(D("2026-03-17"), D("2026-03-25")));
    }

    [Fact]
    public void Receipt_on_a_holiday_or_weekend_counts_from_the_next_working_day()
    {
        Assert.Equal(D("2026-01-30"), Cal.NoticeDeadline(D("2026-01-16"), extended: false)); // Friday holiday
        Assert.Equal(D("2026-01-30"), Cal.NoticeDeadline(D("2026-01-17"), extended: false)); // Saturday
        Assert.Equal(D("2026-01-19"), Cal.AddWorkingDays(D("2026-01-16"), 1));
    }

    [Fact]
    public void Year_end_crosses_christmas_new_year_and_isra_mikraj_2027()
    {
        // 24 Dec cuti, 25 Dec Natal, 1 Jan 2027 new year, 5 Jan 2027 Isra Mikraj.
        Assert.Equal(D("2027-01-08"), Cal.NoticeDeadline(D("2026-12-21"), extended: false));
        Assert.Equal(4, Cal.WorkingDaysBetween(D("2025-12-24"), D("2026-01-02")));
    }

    [Fact]
    public void Processing_time_counts_working_days_after_receipt_up_to_the_notice()
    {
        Assert.Equal(0, Cal.WorkingDaysBetween(D("2026-01-05"), D("2026-01-05"))); // same day
        Assert.Equal(4, Cal.WorkingDaysBetween(D("2026-01-05"), D("2026-01-10"))); // notice on Saturday
        Assert.Equal(-4, Cal.WorkingDaysBetween(D("2026-01-10"), D("2026-01-05")));
        Assert.Equal(D("2026-01-05"), Cal.AddWorkingDays(D("2026-01-05"), 0));
    }

    [Fact]
    public void Ordinals_are_consistent_with_adding_days()
    {
        var start = D("2024-01-01");
        for (var n = 0; n < 800; n += 7)
        {
            var end = Cal.AddWorkingDays(start, n);
            Assert.Equal(n, Cal.WorkingDaysBetween(start, end));
            if (n > 0) Assert.True(Cal.IsWorkingDay(end));
        }
    }

    [Fact]
    public void A_holiday_added_later_moves_the_deadline()
    {
        var extra = Holidays.Bundled();
        extra.Add(new Holiday { Date = D("2026-01-06"), Kind = HolidayKind.LiburNasional, NameId = "Libur tambahan" });
        Assert.Equal(D("2026-01-21"), new WorkingCalendar(extra, false).NoticeDeadline(D("2026-01-05"), extended: false));
    }

    [Fact]
    public void Dates_outside_the_calendar_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.IsWorkingDay(new DateOnly(1999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(D("2026-01-05"), -1));
    }
}
