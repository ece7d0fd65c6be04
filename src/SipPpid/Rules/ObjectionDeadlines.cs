using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>
/// The deadline rules of objections and disputes, in one place. The filing window (30 working days) starts at the
/// written notice when the request was decided, otherwise at the notice deadline (day 10/17). The Atasan PPID answers
/// by working day 30 after receipt. A dispute goes to the Komisi Informasi within 14 working days after the answer,
/// or after the 30 days lapsed without one. Due soon and overdue follow the same rule as requests.
/// </summary>
public static class ObjectionDeadlines
{
    /// <summary>The day the ground arises (day 0 of the filing window).</summary>
    public static DateOnly FilingStart(this WorkingCalendar calendar, InformationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.NoticeDate ?? calendar.DeadlineOf(r.ReceivedDate, r.ExtensionDate);
    }

    /// <summary>The last day an objection may be filed online.</summary>
    public static DateOnly LastFilingDay(this WorkingCalendar calendar, InformationRequest r) =>
        calendar.AddWorkingDays(calendar.FilingStart(r), ServiceDeadlines.ObjectionFilingDays);

    /// <summary>The Atasan PPID's answer deadline: working day 30 after receipt.</summary>
    public static DateOnly AnswerDeadline(this WorkingCalendar calendar, DateOnly received)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(received, ServiceDeadlines.ObjectionAnswerDays);
    }

    /// <summary>Unanswered and past its answer deadline.</summary>
    public static bool IsLapsed(this Objection o, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.IsAwaiting() && RequestRules.IsPast(o.Deadline, today);
    }

    /// <summary>The dispute filing window (start, last day): from the answer, or from the lapse of the 30 days; null while neither.</summary>
    public static (DateOnly Start, DateOnly LastDay)? DisputeWindow(this WorkingCalendar calendar, Objection o, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(o);
        DateOnly? start = o.DecisionDate ?? (o.IsLapsed(today) ? calendar.AnswerDeadline(o.ReceivedDate) : null);
        return start is { } s ? (s, calendar.AddWorkingDays(s, ServiceDeadlines.DisputeFilingDays)) : null;
    }

    public static DeadlineInfo Describe(this WorkingCalendar calendar, Objection o, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(o);
        // An awaiting objection's deadline follows today's calendar; a decided one keeps the deadline its answer was
        // given against (stored, left alone by the calendar-changed use case), as the report's on-time count does.
        var deadline = o.IsAwaiting() ? calendar.AnswerDeadline(o.ReceivedDate) : o.Deadline;
        var until = o.DecisionDate ?? today;
        var day = Math.Max(0, calendar.WorkingDaysBetween(o.ReceivedDate, until));
        var state = !o.IsAwaiting() ? DeadlineState.Done : RequestDeadlines.State(calendar, deadline, today);
        return new DeadlineInfo(deadline, day, ServiceDeadlines.ObjectionAnswerDays, state);
    }
}
