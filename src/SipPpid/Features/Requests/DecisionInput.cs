namespace SipPpid.Features.Requests;

/// <summary>The written notice (pemberitahuan tertulis) with every element of UU 14/2008 Pasal 22(7).</summary>
public sealed class DecisionInput
{
    public DateOnly? NoticeDate { get; set; }

    /// <summary>Contract code: granted_full, granted_partial, rejected_exempt, not_held, not_documented, held_by_other_body.</summary>
    public string? Decision { get; set; }

    public string? Reasons { get; set; }
    public string? ExemptionBasis { get; set; }
    public string? ConsequenceTest { get; set; }
    public string? OtherBody { get; set; }
    public string? BlackedOutParts { get; set; }
    public string? MaterialProvided { get; set; }
    public string? ProvidedFormat { get; set; }
    public string? ProvidedDelivery { get; set; }
    public string? TimeNeeded { get; set; }
    public decimal? Fee { get; set; }
    public string? SignerName { get; set; }
    public string? SignerNip { get; set; }
}
