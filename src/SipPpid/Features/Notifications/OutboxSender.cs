using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Notifications;

/// <summary>
/// Delivers the outbox: each run takes the due unsent messages (oldest first), claims each one with a short
/// lease so no other instance sends it too, sends it and marks it sent. A failure is recorded on the message
/// and retried later with exponential back-off, at most <see cref="OutboxMessage.MaxAttempts"/> times (an unparseable
/// address: once); a given-up message stays, shown on its request's page. A message is never deleted.
/// </summary>
public sealed partial class OutboxSender(AppDbContext db, IOptions<MailOptions> options, TimeProvider time, ILogger<OutboxSender> log)
{
    public const int BatchSize = 50;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    public sealed record Result(int Sent, int Failed);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var now = Now();
        var due = await db.Outbox.AsNoTracking()
            .Where(OutboxMessage.Waiting)
            .Where(m => m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0) return new Result(0, 0);

        var mail = options.Value;
        await using var delivery = new MailDelivery(mail);
        int sent = 0, failed = 0;
        foreach (var m in due)
        {
            if (!await ClaimAsync(m, ct)) continue;
            try
            {
                await delivery.SendAsync(Compose(m, mail.From), $"{m.Id:D10}.eml", ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed++;
                await FailAsync(m, ex, permanent: ex is ParseException, ct);
                // A bad address or a refused recipient concerns this message only; anything else (server unreachable,
                // authentication, disk) would fail the rest too, so they wait for the next run.
                if (ex is ParseException or SmtpCommandException) continue;
                break;
            }

            var at = Now();
            await db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SentAtUtc, at).SetProperty(x => x.LastError, (string?)null), CancellationToken.None);
            sent++;
        }

        return new Result(sent, failed);
    }

    /// <summary>Moves the message's next attempt forward, but only if no one else did since we read it.</summary>
    private async Task<bool> ClaimAsync(OutboxMessage m, CancellationToken ct)
    {
        var seen = m.NextAttemptAtUtc;
        var until = Now() + Lease;
        var claimed = await db.Outbox
            .Where(x => x.Id == m.Id && x.SentAtUtc == null && x.NextAttemptAtUtc == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAtUtc, until), ct);
        return claimed == 1;
    }

    /// <summary>
    /// Records a failed attempt; after <see cref="OutboxMessage.MaxAttempts"/>, or at once for a <paramref name="permanent"/>
    /// failure (an address the mailer cannot parse), the message is given up and no longer tried.
    /// </summary>
    private async Task FailAsync(OutboxMessage m, Exception ex, bool permanent, CancellationToken ct)
    {
        var attempts = permanent ? Math.Max(m.Attempts + 1, OutboxMessage.MaxAttempts) : m.Attempts + 1;
        var next = Now() + Backoff(attempts);
        var error = $"{ex.GetType().Name}: {ex.Message}";
        if (error.Length > 2000) error = error[..2000];
        if (attempts >= OutboxMessage.MaxAttempts) LogGaveUp(log, ex, m.Id, attempts);
        else LogFailed(log, ex, m.Id, attempts, next);
        await db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.LastError, error)
            .SetProperty(x => x.NextAttemptAtUtc, next), ct);
    }

    /// <summary>2^attempts minutes, at most six hours.</summary>
    public static TimeSpan Backoff(int attempts) =>
        attempts >= 9 ? MaxBackoff : TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts), MaxBackoff.TotalMinutes));

    private static MimeMessage Compose(OutboxMessage m, string from)
    {
        var sender = MailboxAddress.Parse(from);
        var message = new MimeMessage
        {
            Subject = m.Subject,
            Date = new DateTimeOffset(m.CreatedAtUtc, TimeSpan.Zero),
            // Stable per message, so a receiver can drop a duplicate after a crash between sending and marking.
            MessageId = $"outbox-{m.Id}.{m.CreatedAtUtc.Ticks}@{sender.Domain}",
            Body = new TextPart("plain") { Text = m.Body },
        };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(m.To));
        return message;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} given up after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, Exception ex, long id, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} failed (attempt {Attempts}); next attempt at {Next:u}")]
    private static partial void LogFailed(ILogger logger, Exception ex, long id, int attempts, DateTime next);
}
