using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>
/// The working-day columns a request stores for the reports (ordinals, day-10 and day-17 deadlines, extension
/// validity) and its current deadline, all derived from the one calendar. Every writer calls <see cref="Apply"/>;
/// the calendar-changed use case (<c>Features/Calendar/CalendarChanged</c>) rewrites them in bulk when the calendar changes.
/// </summary>
public static class RequestCalendarColumns
{
    public static void Apply(this WorkingCalendar calendar, InformationRequest r)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(r);
        r.ReceivedOrdinal = calendar.Ordinal(r.ReceivedDate);
        r.NoticeOrdinal = r.NoticeDate is { } n ? calendar.Ordinal(n) : null;
        r.FirstDeadline = calendar.NoticeDeadline(r.ReceivedDate, extended: false);
        r.ExtendedDeadline = calendar.NoticeDeadline(r.ReceivedDate, extended: true);
        r.ExtensionValid = calendar.IsValidExtension(r.ReceivedDate, r.ExtensionDate);
        r.Deadline = r.ExtensionValid ? r.ExtendedDeadline : r.FirstDeadline;
    }
}
