using System.Linq.Expressions;
using SipPpid.Domain;
using static SipPpid.Rules.RuleExpressions;

namespace SipPpid.Rules;

/// <summary>
/// The Daftar Informasi Publik's rules, each written once as an expression (queries use it, C# the compiled
/// delegate): what the public sees, when a <c>berkala</c> entry needs updating, when a serta-merta announcement runs,
/// and when the information exists only on paper (so the portal offers a request instead of a download).
/// </summary>
public static class DipRules
{
    /// <summary>UU 14/2008 Pasal 9(4) via Perki 1/2021: periodic information is updated at least every six months.</summary>
    public const int StaleAfterMonths = 6;

    /// <summary>What the public portal, the API and the exports of "the DIP" show: published entries.</summary>
    public static readonly Expression<Func<DipEntry, bool>> Public = e => e.Status == DipStatus.Published;

    /// <summary>
    /// Perlu dimutakhirkan: a published <c>berkala</c> entry whose last content change is before
    /// <see cref="StaleSince"/>(today), over the entry and that day.
    /// </summary>
    public static readonly Expression<Func<DipEntry, DateOnly, bool>> StaleOn = (e, updatedBefore) =>
        e.Status == DipStatus.Published && e.Category == DipCategory.Berkala && e.UpdatedDate < updatedBefore;

    /// <summary>
    /// A serta-merta announcement runs (shown on top of every public page) while published and within its masa tayang,
    /// over the entry and today.
    /// </summary>
    public static readonly Expression<Func<DipEntry, DateOnly, bool>> RunningOn = (e, today) =>
        e.Status == DipStatus.Published && e.Category == DipCategory.SertaMerta &&
        (e.ShowFrom == null || e.ShowFrom <= today) && (e.ShowUntil == null || e.ShowUntil >= today);

    /// <summary>
    /// Only on request: the information exists on paper only (hardcopy, no document, no link), so the entry's page
    /// offers "Ajukan permohonan" prefilled.
    /// </summary>
    public static readonly Expression<Func<DipEntry, bool>> OnlyOnRequest = e =>
        e.Format == DipFormat.Hardcopy && e.Url == null && !e.Documents.Any();

    private static readonly Func<DipEntry, DateOnly, bool> StaleCompiled = StaleOn.Compile();
    private static readonly Func<DipEntry, DateOnly, bool> RunningCompiled = RunningOn.Compile();

    /// <summary>The first day an entry last updated before it is stale: six months before today.</summary>
    public static DateOnly StaleSince(DateOnly today) => today.AddMonths(-StaleAfterMonths);

    /// <summary><see cref="StaleOn"/> for a query, today sent as a parameter.</summary>
    public static Expression<Func<DipEntry, bool>> Stale(DateOnly today)
    {
        var e = Expression.Parameter(typeof(DipEntry), "e");
        return Predicate<DipEntry>(e, Inline(StaleOn, e, Value(StaleSince(today))));
    }

    /// <summary><see cref="RunningOn"/> for a query, today sent as a parameter.</summary>
    public static Expression<Func<DipEntry, bool>> Running(DateOnly today)
    {
        var e = Expression.Parameter(typeof(DipEntry), "e");
        return Predicate<DipEntry>(e, Inline(RunningOn, e, Value(today)));
    }

    public static bool IsStale(DipEntry entry, DateOnly today) => StaleCompiled(entry, StaleSince(today));

    public static bool IsRunning(DipEntry entry, DateOnly today) => RunningCompiled(entry, today);

    /// <summary>"Publish this answer to the DIP": only the answer to a granted request (in full or in part) is published.</summary>
    public static bool MayPublishAnswer(Decision? decision) => DecisionRules.IsGranted(decision);
}
