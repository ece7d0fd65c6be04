namespace SipPpid.Domain;

/// <summary>The last registration number issued by a unit in a year.</summary>
public sealed class NumberSequence
{
    public const string Requests = "request";
    public const string Objections = "objection";

    public int UnitId { get; set; }

    /// <summary>Which register the counter belongs to (requests, objections).</summary>
    public string Kind { get; set; } = Requests;
    public int Year { get; set; }
    public int Last { get; set; }
}

/// <summary>
/// The first answer to an idempotent submission, returned again for a retry with the same key and the same body
/// (<see cref="RequestHash"/>) until the key expires.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";
    public int RequestId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>SHA-256 (hex) of the canonical submission the key was first used with.</summary>
    public string RequestHash { get; set; } = "";
}

/// <summary>An e-mail waiting to be sent by the outbox job; kept until sent (never lost).</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public int? RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAtUtc { get; set; }
    public string? LastError { get; set; }
}
