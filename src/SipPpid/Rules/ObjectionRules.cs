using System.Linq.Expressions;
using SipPpid.Domain;
using static SipPpid.Rules.RuleExpressions;

namespace SipPpid.Rules;

/// <summary>
/// The life-cycle rules of an objection, each written once as an expression (queries) and its delegate compiled once
/// (C#). The stored <see cref="Objection.Deadline"/> is the Atasan PPID's answer deadline: it follows the calendar
/// while the objection awaits its answer, and stays what the answer was given against once it is decided. Past and
/// due soon are the requests' rules (<see cref="RequestRules.PastOn"/>, <see cref="RequestRules.DueSoonOn"/>).
/// </summary>
public static class ObjectionRules
{
    /// <summary>Open: registered and not yet answered by the Atasan PPID.</summary>
    public static readonly Expression<Func<Objection, bool>> Awaiting = o => o.Status == ObjectionStatus.Registered;

    /// <summary>Answered by the Atasan PPID on or before <paramref name="asOf"/> and by its (then fixed) deadline.</summary>
    public static Expression<Func<Objection, bool>> AnsweredOnTime(DateOnly asOf) => o => o.DecisionDate != null && o.DecisionDate <= asOf && o.DecisionDate <= o.Deadline;

    private static readonly Func<Objection, bool> AwaitingFn = Awaiting.Compile();

    /// <summary><see cref="Awaiting"/>, in C#.</summary>
    public static bool IsAwaiting(this Objection o) => AwaitingFn(o);

    /// <summary>Awaiting its answer past the answer deadline.</summary>
    public static Expression<Func<Objection, bool>> Overdue(DateOnly today) =>
        Awaiting.And(Over(o => Inline(RequestRules.PastOn, Deadline(o), Value(today))));

    /// <summary>Awaiting its answer, the answer deadline due soon.</summary>
    public static Expression<Func<Objection, bool>> DueSoon(DateOnly today, DateOnly until) =>
        Awaiting.And(Over(o => Inline(RequestRules.DueSoonOn, Deadline(o), Value(today), Value(until))));

    /// <summary>Awaiting its answer, the answer deadline after the due-soon days.</summary>
    public static Expression<Func<Objection, bool>> OnTrack(DateOnly until) =>
        Awaiting.And(Over(o => Inline(RequestRules.OnTrackOn, Deadline(o), Value(until))));

    private static MemberExpression Deadline(ParameterExpression o) => Expression.Property(o, nameof(Objection.Deadline));

    private static Expression<Func<Objection, bool>> Over(Func<ParameterExpression, Expression> body)
    {
        var o = Expression.Parameter(typeof(Objection), "o");
        return Predicate<Objection>(o, body(o));
    }
}
