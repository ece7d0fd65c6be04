namespace SipPpid.Domain;

public enum ObjectionStatus { Registered, Decided }

/// <summary>The Atasan PPID's answer to an objection: upheld, PPID's decision stands, settled by agreement, or withdrawn.</summary>
public enum ObjectionDecision { Accepted, Rejected, Settled, Withdrawn }

public enum ApplicantResponse { Accepts, GoesToCommission }

/// <summary>An objection (keberatan) to the Atasan PPID against a request, UU 14/2008 Pasal 35–36.</summary>
public sealed class Objection
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public string ObjectionNumber { get; set; } = "";
    public string TrackingCode { get; set; } = "";
    public DateOnly ReceivedDate { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public Channel Channel { get; set; }

    /// <summary>Recorded at the desk after the 30-working-day filing window had passed.</summary>
    public bool FiledLate { get; set; }

    /// <summary>Grounds of Pasal 35(1), letters a–g separated by ';' (e.g. "a;g").</summary>
    public string Grounds { get; set; } = "";
    public string CaseDescription { get; set; } = "";
    public string? ProxyName { get; set; }
    public string? ProxyAddress { get; set; }

    public ObjectionStatus Status { get; set; }

    /// <summary>The Atasan PPID's answer is due on working day 30 after receipt; follows calendar edits.</summary>
    public DateOnly Deadline { get; set; }

    public ObjectionDecision? Decision { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionReasons { get; set; }
    public string? AtasanName { get; set; }
    public string? AtasanPosition { get; set; }
    public string? AtasanNip { get; set; }

    public ApplicantResponse? Response { get; set; }
    public DateOnly? ResponseDate { get; set; }
    public string? ResponseNote { get; set; }

    public DateOnly? DueSoonRemindedFor { get; set; }
}

public enum DisputeStage { Mediation, Adjudication, Court, Closed }

/// <summary>Outcome at the Komisi Informasi (Perki 1/2013); none yet = pending.</summary>
public enum DisputeOutcome { MediationSuccess, AdjudicationForApplicant, AdjudicationForPublicBody, Withdrawn }

/// <summary>A dispute (sengketa) registered at the Komisi Informasi, with its stages, outcome and any court case.</summary>
public sealed class Dispute
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public int? ObjectionId { get; set; }
    public Objection? Objection { get; set; }
    public string CommissionNumber { get; set; } = "";
    public DateOnly RegisteredDate { get; set; }
    public DisputeStage Stage { get; set; }
    public DisputeOutcome? Outcome { get; set; }
    public DateOnly? OutcomeDate { get; set; }
    public string? OutcomeNote { get; set; }
    public bool CourtCase { get; set; }
    public string? CourtName { get; set; }
    public string? CourtCaseNumber { get; set; }
    public string? CourtResult { get; set; }
    public DateOnly? CourtResultDate { get; set; }

    /// <summary>How the body carried out the outcome.</summary>
    public string? Implementation { get; set; }

    /// <summary>The DIK entry at stake (by default the one the refusal cited): its consequence test goes to the hearing.</summary>
    public int? DikEntryId { get; set; }
}
