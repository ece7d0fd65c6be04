using System.Linq.Expressions;
using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>A request's standing as of a report's last day, computed in SQL.</summary>
public sealed class RequestStanding
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Channel Channel { get; set; }
    public bool Decided { get; set; }
    public bool Withdrawn { get; set; }
    public bool Extended { get; set; }
    public bool Overdue { get; set; }
    public bool OnTime { get; set; }
    public Decision? Decision { get; set; }
    public string? ExemptionBasis { get; set; }

    /// <summary>Refused as exempt as of the report's day (<see cref="ReportRules.RefusedExempt"/>): counted under its exemption basis.</summary>
    public bool RefusedExempt { get; set; }

    public int Days { get; set; }
}

/// <summary>An objection's standing as of a report's last day, computed in SQL.</summary>
public sealed class ObjectionStanding
{
    public int UnitId { get; set; }
    public string Grounds { get; set; } = "";
    public ObjectionDecision? Decision { get; set; }
    public bool OnTime { get; set; }
}

/// <summary>A dispute's standing as of a report's last day, computed in SQL.</summary>
public sealed class DisputeStanding
{
    public int UnitId { get; set; }
    public DisputeOutcome? Outcome { get; set; }
    public bool CourtCase { get; set; }
}

/// <summary>
/// The counting rules of the service report (UU 14/2008 and Perki 1/2021), each written once as an expression over a request
/// "as of" <see cref="ReportPeriod.AsOf"/> (the period's last day, or today while the period runs). The figures engine groups by them and the register's drill-down filters by
/// them, so a number on the dashboard and the list behind it cannot disagree.
/// </summary>
public static class ReportRules
{
    /// <summary>Received within the period: a request counts in the period of its receipt.</summary>
    public static Expression<Func<InformationRequest, bool>> Received(DateOnly from, DateOnly to) => r => r.ReceivedDate >= from && r.ReceivedDate <= to;

    /// <summary>
    /// Refused as exempt (<c>rejected_exempt</c>) by a notice dated on or before <paramref name="to"/>: the report's
    /// "exemptions", counted per basis, and the DIK table's refusals that cite an entry.
    /// </summary>
    public static Expression<Func<InformationRequest, bool>> RefusedExempt(DateOnly to) =>
        Over(r => Expression.AndAlso(Use(Decided(to), r),
            Expression.Equal(Expression.Property(r, nameof(InformationRequest.Decision)), Expression.Constant(Domain.Decision.RejectedExempt, typeof(Decision?)))));

    /// <summary>
    /// A written notice dated within the period: the survey's population (survey.md, sample adequacy) and the requests
    /// whose applicants are invited to rate the service.
    /// </summary>
    public static Expression<Func<InformationRequest, bool>> DecidedIn(DateOnly from, DateOnly to) =>
        r => r.NoticeDate != null && r.NoticeDate >= from && r.NoticeDate <= to;

    /// <summary>A written notice dated on or before <paramref name="to"/>.</summary>
    public static Expression<Func<InformationRequest, bool>> Decided(DateOnly to) => r => r.NoticeDate != null && r.NoticeDate <= to;

    /// <summary>Withdrawn on or before <paramref name="to"/> without a notice dated on or before it.</summary>
    public static Expression<Func<InformationRequest, bool>> Withdrawn(DateOnly to) =>
        Over(r => Expression.AndAlso(Use(WithdrawnBy(to), r), Expression.Not(Use(Decided(to), r))));

    /// <summary>
    /// An extension notice dated on or before <paramref name="to"/> that counts (on or before day
    /// <see cref="ServiceDeadlines.NoticeDays"/>: <see cref="RequestRules.ExtensionValid"/>; a later one is void).
    /// </summary>
    public static Expression<Func<InformationRequest, bool>> Extended(DateOnly to) => r => r.ExtensionValid && r.ExtensionDate <= to;

    /// <summary>The deadline as of <paramref name="to"/>: the extended one (day 17) when <see cref="Extended"/> by then, else day 10.</summary>
    public static Expression<Func<InformationRequest, DateOnly>> DeadlineAsOf(DateOnly to)
    {
        var r = Expression.Parameter(typeof(InformationRequest), "r");
        return Expression.Lambda<Func<InformationRequest, DateOnly>>(Expression.Condition(Use(Extended(to), r),
            Expression.Property(r, nameof(InformationRequest.ExtendedDeadline)), Expression.Property(r, nameof(InformationRequest.FirstDeadline))), r);
    }

    /// <summary>Neither decided nor withdrawn as of <paramref name="to"/>, and its <see cref="DeadlineAsOf"/> past (<see cref="RequestRules.PastOn"/>).</summary>
    public static Expression<Func<InformationRequest, bool>> Overdue(DateOnly to) =>
        Over(r => Expression.AndAlso(Use(Pending(to), r), Use(RequestRules.PastOn, Use(DeadlineAsOf(to), r), RuleExpressions.Value(to))));

    /// <summary>Not decided and not withdrawn as of <paramref name="to"/>.</summary>
    public static Expression<Func<InformationRequest, bool>> Pending(DateOnly to) =>
        Over(r => Expression.AndAlso(Expression.Not(Use(Decided(to), r)), Expression.Not(Use(WithdrawnBy(to), r))));

    /// <summary>
    /// Reopened after the Atasan PPID upheld an objection: open again (being processed) although its written notice
    /// stands. For the report it stays decided (its notice counts in the period of the notice, never as pending or
    /// overdue); the new obligation is a follow-up of the objection, listed on its own. A current state (today's).
    /// </summary>
    public static readonly Expression<Func<InformationRequest, bool>> FollowUp = Over(r => Expression.AndAlso(
        Expression.NotEqual(Expression.Property(r, nameof(InformationRequest.NoticeDate)), Expression.Constant(null, typeof(DateOnly?))),
        Use(RequestRules.Open, r)));

    /// <summary>Decided as of <paramref name="to"/> with the notice on or before its <see cref="DeadlineAsOf"/> (day 17 only when validly extended by then).</summary>
    public static Expression<Func<InformationRequest, bool>> OnTime(DateOnly to) =>
        Over(r => Expression.AndAlso(Use(Decided(to), r), Expression.LessThanOrEqual(Expression.Property(r, nameof(InformationRequest.NoticeDate)),
            Expression.Convert(Use(DeadlineAsOf(to), r), typeof(DateOnly?)))));

    /// <summary>Working days from receipt to notice (day 0 = receipt), from the stored ordinals.</summary>
    public static Expression<Func<InformationRequest, int>> Days => r => r.NoticeOrdinal == null ? 0 : r.NoticeOrdinal.Value - r.ReceivedOrdinal;

    /// <summary>Every rule at once, for GROUP BY.</summary>
    public static Expression<Func<InformationRequest, RequestStanding>> Standing(DateOnly to)
    {
        var r = Expression.Parameter(typeof(InformationRequest), "r");
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(RequestStanding).GetProperty(name)!, value);
        var body = Expression.MemberInit(Expression.New(typeof(RequestStanding)),
            Bind(nameof(RequestStanding.Id), Expression.Property(r, nameof(InformationRequest.Id))),
            Bind(nameof(RequestStanding.UnitId), Expression.Property(r, nameof(InformationRequest.UnitId))),
            Bind(nameof(RequestStanding.Channel), Expression.Property(r, nameof(InformationRequest.Channel))),
            Bind(nameof(RequestStanding.Decided), Use(Decided(to), r)),
            Bind(nameof(RequestStanding.Withdrawn), Use(Withdrawn(to), r)),
            Bind(nameof(RequestStanding.Extended), Use(Extended(to), r)),
            Bind(nameof(RequestStanding.Overdue), Use(Overdue(to), r)),
            Bind(nameof(RequestStanding.OnTime), Use(OnTime(to), r)),
            Bind(nameof(RequestStanding.Decision), Expression.Property(r, nameof(InformationRequest.Decision))),
            Bind(nameof(RequestStanding.ExemptionBasis), Expression.Property(r, nameof(InformationRequest.ExemptionBasis))),
            Bind(nameof(RequestStanding.RefusedExempt), Use(RefusedExempt(to), r)),
            Bind(nameof(RequestStanding.Days), Use(Days, r)));
        return Expression.Lambda<Func<InformationRequest, RequestStanding>>(body, r);
    }

    /// <summary>An objection received within the period (counted in the period of receipt).</summary>
    public static Expression<Func<Objection, bool>> ObjectionReceived(DateOnly from, DateOnly to) => o => o.ReceivedDate >= from && o.ReceivedDate <= to;

    /// <summary>The Atasan PPID's decision as of <paramref name="asOf"/>: one dated later has not happened yet (null = pending).</summary>
    public static Expression<Func<Objection, ObjectionDecision?>> ObjectionDecisionAsOf(DateOnly asOf) =>
        o => o.DecisionDate != null && o.DecisionDate <= asOf ? o.Decision : null;

    /// <summary>An objection's unit, grounds, decision and punctuality as of <paramref name="asOf"/>, for GROUP BY.</summary>
    public static Expression<Func<Objection, ObjectionStanding>> ObjectionStanding(DateOnly asOf)
    {
        var o = Expression.Parameter(typeof(Objection), "o");
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(ObjectionStanding).GetProperty(name)!, value);
        var request = Expression.Property(o, nameof(Objection.Request));
        var body = Expression.MemberInit(Expression.New(typeof(ObjectionStanding)),
            Bind(nameof(Rules.ObjectionStanding.UnitId), Expression.Property(request, nameof(InformationRequest.UnitId))),
            Bind(nameof(Rules.ObjectionStanding.Grounds), Expression.Property(o, nameof(Objection.Grounds))),
            Bind(nameof(Rules.ObjectionStanding.Decision), Use(ObjectionDecisionAsOf(asOf), o)),
            Bind(nameof(Rules.ObjectionStanding.OnTime), Use(ObjectionRules.AnsweredOnTime(asOf), o)));
        return Expression.Lambda<Func<Objection, ObjectionStanding>>(body, o);
    }

    /// <summary>A dispute registered at the Komisi Informasi within the period (counted in the period of registration).</summary>
    public static Expression<Func<Dispute, bool>> DisputeRegistered(DateOnly from, DateOnly to) => d => d.RegisteredDate >= from && d.RegisteredDate <= to;

    /// <summary>A dispute's outcome as of <paramref name="asOf"/>: one dated later has not happened yet (null = pending).</summary>
    public static Expression<Func<Dispute, DisputeOutcome?>> DisputeOutcomeAsOf(DateOnly asOf) =>
        d => d.OutcomeDate != null && d.OutcomeDate <= asOf ? d.Outcome : null;

    /// <summary>A dispute whose outcome as of <paramref name="asOf"/> (<see cref="DisputeOutcomeAsOf"/>) is <paramref name="outcome"/> (null: pending).</summary>
    public static Expression<Func<Dispute, bool>> DisputeOutcomeIs(DisputeOutcome? outcome, DateOnly asOf)
    {
        var rule = DisputeOutcomeAsOf(asOf);
        return Expression.Lambda<Func<Dispute, bool>>(Expression.Equal(rule.Body, Expression.Constant(outcome, typeof(DisputeOutcome?))), rule.Parameters);
    }

    /// <summary>A dispute's unit and outcome as of <paramref name="asOf"/>, for GROUP BY.</summary>
    public static Expression<Func<Dispute, DisputeStanding>> DisputeStanding(DateOnly asOf)
    {
        var d = Expression.Parameter(typeof(Dispute), "d");
        var rule = DisputeOutcomeAsOf(asOf);
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(DisputeStanding).GetProperty(name)!, value);
        var request = Expression.Property(d, nameof(Dispute.Request));
        var body = Expression.MemberInit(Expression.New(typeof(DisputeStanding)),
            Bind(nameof(Rules.DisputeStanding.UnitId), Expression.Property(request, nameof(InformationRequest.UnitId))),
            Bind(nameof(Rules.DisputeStanding.Outcome), Use(rule, d)),
            Bind(nameof(Rules.DisputeStanding.CourtCase), Expression.Property(d, nameof(Dispute.CourtCase))));
        return Expression.Lambda<Func<Dispute, DisputeStanding>>(body, d);
    }

    /// <summary>Withdrawn on or before <paramref name="to"/> (whether or not decided by then).</summary>
    private static Expression<Func<InformationRequest, bool>> WithdrawnBy(DateOnly to) => r => r.WithdrawnDate != null && r.WithdrawnDate <= to;

    private static Expression Use(LambdaExpression rule, params Expression[] args) => RuleExpressions.Inline(rule, args);

    private static Expression<Func<InformationRequest, bool>> Over(Func<ParameterExpression, Expression> body)
    {
        var r = Expression.Parameter(typeof(InformationRequest), "r");
        return RuleExpressions.Predicate<InformationRequest>(r, body(r));
    }
}
