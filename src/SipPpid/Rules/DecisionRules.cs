using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>Which decisions give the applicant the information: in full or in part (the rest refuse it).</summary>
public static class DecisionRules
{
    public static readonly Decision[] Granted = [Decision.GrantedFull, Decision.GrantedPartial];

    public static bool IsGranted(Decision? decision) => decision is { } d && Granted.Contains(d);
}
