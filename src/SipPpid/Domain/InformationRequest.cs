namespace SipPpid.Domain;

public enum Channel { Web, InPerson, Letter, Email, Phone, WhatsApp, Other }

public enum ApplicantType { Individual, Organization, Proxy }

public enum ObtainMethod { View, Copy }

public enum CopyFormat { Softcopy, Hardcopy, Both }

public enum DeliveryMethod { Pickup, Courier, Post, Fax, Email }

public enum RequestStatus
{
    /// <summary>Registered; waiting at the handling unit (the PPID Utama's inbox until routed).</summary>
    Registered,

    /// <summary>Taken up by the handling unit's officer.</summary>
    InProcess,

    /// <summary>The applicant was asked to complete the request.</summary>
    Incomplete,

    /// <summary>The written notice was given.</summary>
    Decided,

    /// <summary>The information was handed over (tanda bukti penyerahan) or nothing is left to hand over.</summary>
    Closed,

    Withdrawn,
}

public enum Decision { GrantedFull, GrantedPartial, RejectedExempt, NotHeld, NotDocumented, HeldByOtherBody }

/// <summary>A request for public information (Permohonan Informasi Publik) and its current state.</summary>
public sealed class InformationRequest
{
    public int Id { get; set; }

    /// <summary>The unit that handles the request now (it counts there in the reports).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>The unit whose register issued the number; the number is unique within it.</summary>
    public int RegisteredUnitId { get; set; }
    public string RegistrationNumber { get; set; } = "";
    public string TrackingCode { get; set; } = "";

    public DateOnly ReceivedDate { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public Channel Channel { get; set; }

    public ApplicantType ApplicantType { get; set; }
    public string ApplicantName { get; set; } = "";
    public string? ApplicantNik { get; set; }
    public string? ApplicantEmail { get; set; }
    public string? ApplicantPhone { get; set; }
    public string? ApplicantAddress { get; set; }
    public string? ApplicantOccupation { get; set; }

    /// <summary>For a proxy or an organisation: whom the applicant acts for.</summary>
    public string? RepresentedParty { get; set; }

    /// <summary>The applicant's own account, when the request was submitted signed in (optional).</summary>
    public string? ApplicantUserId { get; set; }

    public string InformationRequested { get; set; } = "";
    public string? Purpose { get; set; }
    public ObtainMethod ObtainMethod { get; set; }
    public CopyFormat? CopyFormat { get; set; }
    public DeliveryMethod? DeliveryMethod { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>Due date of the written notice (day 10, or day 17 once validly extended); follows calendar edits.</summary>
    public DateOnly Deadline { get; set; }

    public DateOnly? ExtensionDate { get; set; }
    public string? ExtensionReason { get; set; }

    public DateOnly? NoticeDate { get; set; }
    public Decision? Decision { get; set; }
    public string? DecisionReasons { get; set; }

    /// <summary>`17a`…`17j` or `other_law`, for <see cref="Domain.Decision.RejectedExempt"/>.</summary>
    public string? ExemptionBasis { get; set; }

    /// <summary>
    /// The DIK entry a refusal or a partial grant cites, and the Surat Penetapan Klasifikasi in force at the decision
    /// (the notice cites it; <see cref="ExemptionBasis"/> is the entry's basis). Null for imported historical requests,
    /// which keep their bare basis.
    /// </summary>
    public int? DikEntryId { get; set; }
    public int? DikDecreeId { get; set; }
    public string? ConsequenceTest { get; set; }
    public string? OtherBody { get; set; }
    public string? BlackedOutParts { get; set; }
    public string? MaterialProvided { get; set; }
    public CopyFormat? ProvidedFormat { get; set; }
    public DeliveryMethod? ProvidedDelivery { get; set; }
    public string? TimeNeeded { get; set; }
    public decimal? Fee { get; set; }
    public string? NoticeSignerName { get; set; }
    public string? NoticeSignerNip { get; set; }

    public DateOnly? DeliveredDate { get; set; }
    public string? DeliveryNote { get; set; }
    public DateOnly? WithdrawnDate { get; set; }

    /// <summary>The deadline for which the handling officers were last reminded (so each deadline is reminded once).</summary>
    public DateOnly? DueSoonRemindedFor { get; set; }

    // Working-day figures kept in step with the calendar (RequestCalendarColumns), so reports subtract in SQL.

    /// <summary>Working-day ordinal of <see cref="ReceivedDate"/>.</summary>
    public int ReceivedOrdinal { get; set; }

    /// <summary>Working-day ordinal of <see cref="NoticeDate"/>; processing time = NoticeOrdinal − ReceivedOrdinal.</summary>
    public int? NoticeOrdinal { get; set; }

    /// <summary>Working day 10 after receipt.</summary>
    public DateOnly FirstDeadline { get; set; }

    /// <summary>Working day 17 after receipt (the deadline once validly extended).</summary>
    public DateOnly ExtendedDeadline { get; set; }

    /// <summary>True when the extension notice is dated on or before day 10 (a later one is void).</summary>
    public bool ExtensionValid { get; set; }
}
