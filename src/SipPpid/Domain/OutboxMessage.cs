using System.Linq.Expressions;

namespace SipPpid.Domain;

/// <summary>An e-mail waiting to be sent by the outbox job; kept until sent (never lost).</summary>
public sealed class OutboxMessage
{
    /// <summary>
    /// Attempts before the outbox gives a message up: with the back-off (2, 4, … minutes, at most six hours) about a
    /// day and a half of failures. An address the mailer cannot parse is given up at once (it never becomes valid).
    /// </summary>
    public const int MaxAttempts = 12;

    /// <summary>Unsent and still tried: the outbox's work and its backlog.</summary>
    public static readonly Expression<Func<OutboxMessage, bool>> Waiting = m => m.SentAtUtc == null && m.Attempts < MaxAttempts;

    /// <summary>Unsent and no longer tried: shown to staff on the request's page.</summary>
    public static readonly Expression<Func<OutboxMessage, bool>> GivenUp = m => m.SentAtUtc == null && m.Attempts >= MaxAttempts;

    private static readonly Func<OutboxMessage, bool> GivenUpNow = GivenUp.Compile();

    public bool IsGivenUp() => GivenUpNow(this);

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
