using SipPpid.Domain;

namespace SipPpid.Features.Requests;

/// <summary>The written notice (pemberitahuan tertulis) with every element of UU 14/2008 Pasal 22(7).</summary>
public sealed class DecisionInput
{
    public DateOnly? NoticeDate { get; set; }

    /// <summary>Contract code: granted_full, granted_partial, rejected_exempt, not_held, not_documented, held_by_other_body.</summary>
    public string? Decision { get; set; }

    public string? Reasons { get; set; }

    /// <summary>
    /// The DIK entry a refusal or a partial grant cites (disclosure.md): its id, or <see cref="NewTest"/> to run the
    /// consequence test now (the worksheet is posted beside the decision, as <c>Dik.*</c>). The exemption basis is the
    /// entry's, never typed.
    /// </summary>
    public string? Dik { get; set; }

    public string? OtherBody { get; set; }
    public string? BlackedOutParts { get; set; }
    public string? MaterialProvided { get; set; }
    public string? ProvidedFormat { get; set; }
    public string? ProvidedDelivery { get; set; }
    public string? TimeNeeded { get; set; }
    public decimal? Fee { get; set; }
    public string? SignerName { get; set; }
    public string? SignerNip { get; set; }

    /// <summary>The value of <see cref="Dik"/> that runs a new consequence test with the decision.</summary>
    public const string NewTest = "new";
}

/// <summary>
/// Which parts of the written notice each decision needs (UU 14/2008 Pasal 22(7)), besides the date, the decision, its
/// reasons and the signer that every notice has. The decision form shows a part only for these decisions, and
/// <see cref="RequestProcessing.DecideAsync"/> checks and keeps a part's fields only for them.
/// </summary>
public static class DecisionParts
{
    /// <summary>What is given, in which form, how, when and at what cost.</summary>
    public static readonly Decision[] Granted = DecisionRules.Granted;

    /// <summary>The parts blacked out and why.</summary>
    public static readonly Decision[] BlackedOut = [Decision.GrantedPartial];

    /// <summary>The DIK entry cited (its decree, basis and consequence test): the decisions of <see cref="DikRules.MustCite"/>.</summary>
    public static readonly Decision[] Citation = Enum.GetValues<Decision>().Where(d => DikRules.MustCite(d)).ToArray();

    /// <summary>The exemption basis kept on the request (the report counts it over refusals only, contracts.md).</summary>
    public static readonly Decision[] Exemption = [Decision.RejectedExempt];

    /// <summary>The public body that holds the information.</summary>
    public static readonly Decision[] OtherBody = [Decision.HeldByOtherBody];

    public static bool Needs(this Decision[] part, Decision? decision) => decision is { } d && part.Contains(d);

    /// <summary>The decisions' contract codes, for the form's <c>data-show-for</c>.</summary>
    public static string Codes(Decision[] part) => string.Join(' ', part.Select(d => RequestCodes.Code(d)));
}
