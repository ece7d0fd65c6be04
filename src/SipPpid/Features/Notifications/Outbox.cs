using System.Linq.Expressions;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Notifications;

public static class Outbox
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

    public static bool IsGivenUp(this OutboxMessage message) => GivenUpNow(message);

    /// <summary>
    /// Queues an e-mail in the same unit of work as the change it reports, so it is sent if and only if the
    /// change is saved; the outbox job delivers it and retries until it succeeds.
    /// </summary>
    public static void Enqueue(this AppDbContext db, string? to, string subject, string body, InformationRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (string.IsNullOrWhiteSpace(to)) return;
        db.Outbox.Add(new OutboxMessage
        {
            To = to.Trim(),
            Subject = subject,
            Body = body,
            Request = request,
            CreatedAtUtc = DateTime.UtcNow,
            NextAttemptAtUtc = DateTime.UtcNow,
        });
    }
}
