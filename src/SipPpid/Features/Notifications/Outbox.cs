using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Notifications;

public static class Outbox
{
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
