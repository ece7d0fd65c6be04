using System.Globalization;

namespace SipPpid.Rules;

/// <summary>The legal time limits of UU 14/2008 in working days; every deadline in the product comes from here.</summary>
public static class ServiceDeadlines
{
    /// <summary>Written notice due on working day 10 after receipt (Pasal 22(7)).</summary>
    public const int NoticeDays = 10;

    /// <summary>One extension of 7 working days: the deadline becomes day 17 (Pasal 22(8)).</summary>
    public const int ExtensionDays = 7;

    /// <summary>An objection may be filed within 30 working days after its ground arises (Pasal 36(1)).</summary>
    public const int ObjectionFilingDays = 30;

    /// <summary>The Atasan PPID answers an objection within 30 working days (Pasal 36(2)).</summary>
    public const int ObjectionAnswerDays = 30;

    /// <summary>A dispute goes to the Komisi Informasi within 14 working days after the answer (Pasal 37(2)).</summary>
    public const int DisputeFilingDays = 14;

    /// <summary>An open request or objection is due soon from this many working days before its deadline.</summary>
    public const int DueSoonWorkingDays = 2;

    /// <summary>
    /// The version of the deadline rules the stored deadline columns are computed by: the day counts above, and a
    /// revision to raise by hand when a rule's formula changes. At start-up a stored version that differs runs the
    /// calendar-changed recompute (<c>Features/Calendar/CalendarChanged</c>), so a changed constant leaves no stale column.
    /// </summary>
    public static readonly string RulesVersion = string.Create(CultureInfo.InvariantCulture,
        $"1:{NoticeDays}/{ExtensionDays}/{ObjectionFilingDays}/{ObjectionAnswerDays}/{DisputeFilingDays}/{DueSoonWorkingDays}");

    /// <summary>Day 10 after receipt, or day 17 when validly extended.</summary>
    public static DateOnly NoticeDeadline(this WorkingCalendar calendar, DateOnly received, bool extended)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(received, extended ? NoticeDays + ExtensionDays : NoticeDays);
    }
}
