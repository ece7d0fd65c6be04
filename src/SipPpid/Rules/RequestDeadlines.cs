using SipPpid.Domain;

namespace SipPpid.Rules;

public enum DeadlineState { OnTrack, DueSoon, Overdue, Done }

/// <summary>Where a request stands against its deadline: "hari ke-N dari 10/17".</summary>
public sealed record DeadlineInfo(DateOnly Deadline, int DayNumber, int Limit, DeadlineState State);

/// <summary>
/// The deadline rules of a request, in one place: the written notice is due on working day 10 after receipt, or
/// day 17 when an extension notice was given on or before day 10 (a later one is void). An open request is due
/// soon from two working days before its deadline, and overdue the day after it.
/// </summary>
public static class RequestDeadlines
{
    /// <summary>True when an extension notice dated <paramref name="extensionDate"/> validly extends the request.</summary>
    public static bool IsValidExtension(this WorkingCalendar calendar, DateOnly received, DateOnly? extensionDate) =>
        RequestRules.IsExtensionValid(received, extensionDate, calendar.NoticeDeadline(received, extended: false));

    public static DateOnly DeadlineOf(this WorkingCalendar calendar, DateOnly received, DateOnly? extensionDate) =>
        calendar.NoticeDeadline(received, calendar.IsValidExtension(received, extensionDate));

    /// <summary>The last deadline that still counts as "due soon" today; list filters compare stored deadlines with it.</summary>
    public static DateOnly DueSoonUntil(this WorkingCalendar calendar, DateOnly today) =>
        calendar.AddWorkingDays(today, ServiceDeadlines.DueSoonWorkingDays);

    public static DeadlineInfo Describe(this WorkingCalendar calendar, InformationRequest r, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(r);
        var extended = calendar.IsValidExtension(r.ReceivedDate, r.ExtensionDate);
        var deadline = calendar.NoticeDeadline(r.ReceivedDate, extended);
        var until = r.NoticeDate ?? r.WithdrawnDate ?? today;
        var day = Math.Max(0, calendar.WorkingDaysBetween(r.ReceivedDate, until));
        var state = !r.IsOpen() ? DeadlineState.Done : State(calendar, deadline, today);
        return new DeadlineInfo(deadline, day, extended ? ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays : ServiceDeadlines.NoticeDays, state);
    }

    /// <summary>Where an open request's or objection's <paramref name="deadline"/> stands today.</summary>
    internal static DeadlineState State(WorkingCalendar calendar, DateOnly deadline, DateOnly today) =>
        RequestRules.IsPast(deadline, today) ? DeadlineState.Overdue
        : RequestRules.IsDueSoon(deadline, today, calendar.DueSoonUntil(today)) ? DeadlineState.DueSoon
        : DeadlineState.OnTrack;
}
