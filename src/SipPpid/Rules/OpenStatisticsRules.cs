namespace SipPpid.Rules;

/// <summary>
/// The rules of the public (open) statistics, on top of the report's counting rules (<see cref="ReportRules"/>):
/// which periods are public, and when a unit's figures are too few to compare (disclosure.md, "Open statistics").
/// </summary>
public static class OpenStatisticsRules
{
    /// <summary>Below this many decided requests in the period, a unit's median and on-time share are not shown.</summary>
    public const int MinimumDecided = 5;

    /// <summary>What is shown instead of a suppressed figure.</summary>
    public const string TooFew = "terlalu sedikit untuk dibandingkan";

    /// <summary>
    /// Whether the median and the on-time share (and the on-time and late counts, which give the share away) of a
    /// unit with <paramref name="decided"/> decided requests are shown: with 1 to 4 decided requests one request
    /// moves the share by 20 % or more, so the unit is not ranked beside the others. Its counts (received,
    /// decided, outcomes, objections, disputes) are always shown.
    /// </summary>
    public static bool Comparable(int decided) => decided >= MinimumDecided;

    /// <summary>
    /// A period is public once it has ended: its last day is before the body's today, so every figure is final
    /// (as of the last day, <see cref="ReportPeriod.AsOf"/>) and no longer provisional.
    /// </summary>
    public static bool HasEnded(DateOnly to, DateOnly today) => to < today;
}
