using SipPpid.Domain;

namespace SipPpid.Features.RegisterImport;

/// <summary>One checked row of a register file (the columns of the register export): one historical request.</summary>
public sealed class RegisterRow
{
    public static readonly string[] Required =
    [
        "unit_code", "registration_number", "received_date", "channel", "applicant_type", "applicant_name",
        "information_requested", "obtain_method",
    ];

    public static readonly string[] Optional =
    [
        "applicant_nik", "applicant_email", "applicant_phone", "applicant_address", "applicant_occupation", "purpose",
        "copy_format", "delivery_method", "extension_date", "notice_date", "decision", "exemption_basis", "other_body",
        "fee", "withdrawn_date", "objection_date", "objection_grounds", "objection_decision_date", "objection_decision",
        "dispute_date", "dispute_outcome", "dispute_outcome_date", "court_case",
    ];

    public int Line { get; init; }
    public string UnitCode { get; init; } = "";
    public string RegistrationNumber { get; init; } = "";
    public DateOnly ReceivedDate { get; init; }
    public Channel Channel { get; init; }
    public ApplicantType ApplicantType { get; init; }
    public string ApplicantName { get; init; } = "";
    public string? ApplicantNik { get; init; }
    public string? ApplicantEmail { get; init; }
    public string? ApplicantPhone { get; init; }
    public string? ApplicantAddress { get; init; }
    public string? ApplicantOccupation { get; init; }
    public string InformationRequested { get; init; } = "";
    public string? Purpose { get; init; }
    public ObtainMethod ObtainMethod { get; init; }
    public CopyFormat? CopyFormat { get; init; }
    public DeliveryMethod? DeliveryMethod { get; init; }
    public DateOnly? ExtensionDate { get; init; }
    public DateOnly? NoticeDate { get; init; }
    public Decision? Decision { get; init; }
    public string? ExemptionBasis { get; init; }
    public string? OtherBody { get; init; }
    public decimal? Fee { get; init; }
    public DateOnly? WithdrawnDate { get; init; }
    public DateOnly? ObjectionDate { get; init; }
    public string? ObjectionGrounds { get; init; }
    public DateOnly? ObjectionDecisionDate { get; init; }
    public ObjectionDecision? ObjectionDecision { get; init; }
    public DateOnly? DisputeDate { get; init; }

    /// <summary>Null for `pending`.</summary>
    public DisputeOutcome? DisputeOutcome { get; init; }
    public DateOnly? DisputeOutcomeDate { get; init; }
    public bool CourtCase { get; init; }
}
