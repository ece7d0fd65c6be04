using System.Linq.Expressions;
using SipPpid.Domain;
using static SipPpid.Rules.RuleExpressions;

namespace SipPpid.Rules;

/// <summary>
/// The Daftar Informasi yang Dikecualikan's rules, each written once as an expression (queries use it, C# the compiled
/// delegate): when an entry is in force (citable, listed publicly and by the API), when it has expired (to re-test or
/// release), when its 30-day expiry notice is due, and which bases may not be permanent.
/// </summary>
public static class DikRules
{
    /// <summary>disclosure.md: the unit and the PPID Utama are told this many days before an exemption ends.</summary>
    public const int NoticeDaysAhead = 30;

    /// <summary>
    /// In force on a day: not released, and no end date or an end date that day or later (contracts.md: "no end date,
    /// or an end date today or later"). Only an entry in force may be cited by a decision.
    /// </summary>
    public static readonly Expression<Func<DikEntry, DateOnly, bool>> InForceOn = (e, day) =>
        e.Status == DikStatus.InForce && (e.PeriodEnd == null || e.PeriodEnd >= day);

    /// <summary>Expired on a day: not released, and its period ended before that day; it must be re-tested or released.</summary>
    public static readonly Expression<Func<DikEntry, DateOnly, bool>> ExpiredOn = (e, day) =>
        e.Status == DikStatus.InForce && e.PeriodEnd != null && e.PeriodEnd < day;

    /// <summary>
    /// Ending soon, over the entry, today and the last day of the notice window (today + <see cref="NoticeDaysAhead"/>):
    /// in force and its period ends within the window.
    /// </summary>
    public static readonly Expression<Func<DikEntry, DateOnly, DateOnly, bool>> EndingWithin = (e, today, until) =>
        e.Status == DikStatus.InForce && e.PeriodEnd != null && e.PeriodEnd >= today && e.PeriodEnd <= until;

    /// <summary>Ending soon and not yet told for this period end: the expiry notice job sends these.</summary>
    public static readonly Expression<Func<DikEntry, DateOnly, DateOnly, bool>> NoticeDueOn = (e, today, until) =>
        e.Status == DikStatus.InForce && e.PeriodEnd != null && e.PeriodEnd >= today && e.PeriodEnd <= until &&
        (e.ExpiryNoticeFor == null || e.ExpiryNoticeFor != e.PeriodEnd);

    private static readonly Func<DikEntry, DateOnly, bool> InForceCompiled = InForceOn.Compile();
    private static readonly Func<DikEntry, DateOnly, bool> ExpiredCompiled = ExpiredOn.Compile();

    /// <summary>The last day of the notice window that starts today.</summary>
    public static DateOnly NoticeUntil(DateOnly today) => today.AddDays(NoticeDaysAhead);

    /// <summary>UU 14/2008 Pasal 20(1): 17a–17f need an end date.</summary>
    public static bool RequiresEndDate(string? basis) => basis is not null && ExemptionBasis.Temporary.Contains(basis);

    public static bool IsKnownBasis(string? basis) => basis is not null && ExemptionBasis.Codes.Contains(basis);

    /// <summary>A decision that must cite a DIK entry (disclosure.md): a refusal or a partial grant.</summary>
    public static bool MustCite(Decision? decision) => decision is Decision.RejectedExempt or Decision.GrantedPartial;

    /// <summary><see cref="InForceOn"/> for a query, the day sent as a parameter.</summary>
    public static Expression<Func<DikEntry, bool>> InForce(DateOnly day)
    {
        var e = Expression.Parameter(typeof(DikEntry), "e");
        return Predicate<DikEntry>(e, Inline(InForceOn, e, Value(day)));
    }

    /// <summary><see cref="ExpiredOn"/> for a query.</summary>
    public static Expression<Func<DikEntry, bool>> Expired(DateOnly day)
    {
        var e = Expression.Parameter(typeof(DikEntry), "e");
        return Predicate<DikEntry>(e, Inline(ExpiredOn, e, Value(day)));
    }

    /// <summary><see cref="EndingWithin"/> for a query: ending within the notice window that starts today.</summary>
    public static Expression<Func<DikEntry, bool>> EndingSoon(DateOnly today)
    {
        var e = Expression.Parameter(typeof(DikEntry), "e");
        return Predicate<DikEntry>(e, Inline(EndingWithin, e, Value(today), Value(NoticeUntil(today))));
    }

    /// <summary><see cref="NoticeDueOn"/> for a query.</summary>
    public static Expression<Func<DikEntry, bool>> NoticeDue(DateOnly today)
    {
        var e = Expression.Parameter(typeof(DikEntry), "e");
        return Predicate<DikEntry>(e, Inline(NoticeDueOn, e, Value(today), Value(NoticeUntil(today))));
    }

    public static bool IsInForce(DikEntry entry, DateOnly day) => InForceCompiled(entry, day);

    public static bool IsExpired(DikEntry entry, DateOnly day) => ExpiredCompiled(entry, day);
}
