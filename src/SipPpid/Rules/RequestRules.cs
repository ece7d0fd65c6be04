using System.Linq.Expressions;
using SipPpid.Domain;
using static SipPpid.Rules.RuleExpressions;

namespace SipPpid.Rules;

/// <summary>
/// The life-cycle rules of a request, each written once as an expression: queries use the expression, C# code the
/// delegate compiled from it once. The report's rules "as of" a date are in <see cref="ReportRules"/>; the calendar's
/// arithmetic (day 10, day 17) in <see cref="ServiceDeadlines"/> and <see cref="RequestDeadlines"/>.
/// </summary>
public static class RequestRules
{
    /// <summary>Open: registered, being processed, or waiting for the applicant to complete it (not decided, closed or withdrawn).</summary>
    public static readonly Expression<Func<InformationRequest, bool>> Open =
        r => r.Status == RequestStatus.Registered || r.Status == RequestStatus.InProcess || r.Status == RequestStatus.Incomplete;

    /// <summary>
    /// An extension notice is valid when dated from the receipt up to the first deadline (day 10); a later one is void
    /// (Pasal 22(8)). Over the receipt, the extension notice's date and the first deadline.
    /// </summary>
    public static readonly Expression<Func<DateOnly, DateOnly?, DateOnly, bool>> ExtensionValidOn =
        (received, extension, firstDeadline) => extension != null && extension >= received && extension <= firstDeadline;

    /// <summary><see cref="ExtensionValidOn"/> over a request's stored columns (what its ExtensionValid column must hold).</summary>
    public static readonly Expression<Func<InformationRequest, bool>> ExtensionValid = Over(r => Inline(ExtensionValidOn,
        Expression.Property(r, nameof(InformationRequest.ReceivedDate)), Expression.Property(r, nameof(InformationRequest.ExtensionDate)),
        Expression.Property(r, nameof(InformationRequest.FirstDeadline))));

    /// <summary>A deadline is past from the day after it (over the deadline and today). Objections follow the same rule.</summary>
    public static readonly Expression<Func<DateOnly, DateOnly, bool>> PastOn = (deadline, today) => deadline < today;

    /// <summary>
    /// A deadline is due soon from <see cref="ServiceDeadlines.DueSoonWorkingDays"/> working days before it until the day
    /// itself (over the deadline, today and the last deadline that is due soon today, <see cref="RequestDeadlines.DueSoonUntil"/>).
    /// </summary>
    public static readonly Expression<Func<DateOnly, DateOnly, DateOnly, bool>> DueSoonOn = (deadline, today, until) => deadline >= today && deadline <= until;

    /// <summary>A deadline after the due-soon days (over the deadline and the last deadline that is due soon today).</summary>
    public static readonly Expression<Func<DateOnly, DateOnly, bool>> OnTrackOn = (deadline, until) => deadline > until;

    private static readonly Func<InformationRequest, bool> OpenFn = Open.Compile();
    private static readonly Func<DateOnly, DateOnly?, DateOnly, bool> ExtensionValidOnFn = ExtensionValidOn.Compile();
    private static readonly Func<DateOnly, DateOnly, bool> PastOnFn = PastOn.Compile();
    private static readonly Func<DateOnly, DateOnly, DateOnly, bool> DueSoonOnFn = DueSoonOn.Compile();

    /// <summary><see cref="Open"/>, in C#.</summary>
    public static bool IsOpen(this InformationRequest r) => OpenFn(r);

    /// <summary><see cref="ExtensionValidOn"/>, in C#.</summary>
    public static bool IsExtensionValid(DateOnly received, DateOnly? extension, DateOnly firstDeadline) => ExtensionValidOnFn(received, extension, firstDeadline);

    /// <summary><see cref="PastOn"/>, in C#.</summary>
    public static bool IsPast(DateOnly deadline, DateOnly today) => PastOnFn(deadline, today);

    /// <summary><see cref="DueSoonOn"/>, in C#.</summary>
    public static bool IsDueSoon(DateOnly deadline, DateOnly today, DateOnly until) => DueSoonOnFn(deadline, today, until);

    /// <summary>The stored current deadline is due soon today (<see cref="DueSoonOn"/>); combine with <see cref="Open"/> or a report state.</summary>
    public static Expression<Func<InformationRequest, bool>> DueSoon(DateOnly today, DateOnly until) =>
        Over(r => Inline(DueSoonOn, Expression.Property(r, nameof(InformationRequest.Deadline)), Value(today), Value(until)));

    /// <summary>The stored current deadline lies after the due-soon days (<see cref="OnTrackOn"/>).</summary>
    public static Expression<Func<InformationRequest, bool>> OnTrack(DateOnly until) =>
        Over(r => Inline(OnTrackOn, Expression.Property(r, nameof(InformationRequest.Deadline)), Value(until)));

    private static Expression<Func<InformationRequest, bool>> Over(Func<ParameterExpression, Expression> body)
    {
        var r = Expression.Parameter(typeof(InformationRequest), "r");
        return Predicate<InformationRequest>(r, body(r));
    }
}
