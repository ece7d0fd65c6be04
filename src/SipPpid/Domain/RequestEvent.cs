namespace SipPpid.Domain;

/// <summary>What happened to a request: the audit trail and the source of the report's figures.</summary>
public enum RequestEventKind
{
    Received,
    Routed,
    ReturnedToUtama,
    TakenUp,
    IncompleteAsked,
    Completed,
    Extended,
    Decided,
    Delivered,
    Withdrawn,
    DeadlineMoved,
    FileAdded,
    Note,
    Reopened,
    ObjectionFiled,
    ObjectionDecided,
    ObjectionResponse,
    DisputeRegistered,
    DisputeUpdated,
}

public sealed class RequestEvent
{
    public long Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public RequestEventKind Kind { get; set; }

    /// <summary>The legal date of the step (receipt, extension notice, written notice, ...), in the body's calendar.</summary>
    public DateOnly Date { get; set; }
    public DateTime AtUtc { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public int? FromUnitId { get; set; }
    public int? ToUnitId { get; set; }
    public string? Note { get; set; }

    /// <summary>Before/after values as JSON, where the step changed fields.</summary>
    public string? Data { get; set; }
}
