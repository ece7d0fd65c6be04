using SipPpid.Domain;
using SipPpid.Features.Requests;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// One checked row of a register file (README, "Register CSV / XLSX"): one historical request, whose columns
/// (<see cref="RegisterColumns"/>) are already stored in <see cref="Request"/>, with its unit's code and the
/// objection and dispute the import creates from the row.
/// </summary>
public sealed class RegisterRow
{
    public int Line { get; init; }
    public string UnitCode { get; init; } = "";

    /// <summary>The request with the row's register columns set; <see cref="RegisterRecords.Build"/> completes it (once).</summary>
    public InformationRequest Request { get; init; } = new();

    public string RegistrationNumber => Request.RegistrationNumber;
    public DateOnly ReceivedDate => Request.ReceivedDate;

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
