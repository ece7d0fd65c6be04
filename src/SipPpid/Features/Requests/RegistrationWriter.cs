using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Features.Requests;

/// <summary>
/// Commits registrations, grouping the ones that arrive together on this instance into one transaction (group
/// commit): per unit and year one counter update reserves consecutive numbers for the whole group, their
/// requests, uploads' metadata, "received" events, e-mails and idempotency keys are inserted, and the transaction
/// commits once. So the disk is flushed once per group instead of once per request, and the counter row — which
/// serialises every registration of a unit, on every instance — is held for one commit per group. Each caller is
/// answered only after the commit: a 201 still means durably stored, and a rolled-back group gives its numbers
/// back. A group that fails on a constraint (an idempotency key taken meanwhile) is written again one
/// registration at a time, so only the offending one fails.
/// </summary>
public sealed class RegistrationWriter(IServiceScopeFactory scopes) : IAsyncDisposable
{
    /// <summary>Enough to amortise the flush; small enough that one group's transaction stays short.</summary>
    private const int MaxGroup = 200;

    /// <summary>
    /// A validated request with its number still to be given: <paramref name="Files"/> and <paramref name="Received"/>
    /// point to <paramref name="Request"/>. <paramref name="Unit"/> is the registering unit (read only, never attached);
    /// an <paramref name="Online"/> request is also announced to that unit's officers.
    /// </summary>
    public sealed record Registration(
        InformationRequest Request, Unit Unit, IReadOnlyList<RequestFile> Files, RequestEvent Received, IdempotencyKey? Idempotency, bool Online);

    /// <summary>An idempotency key and the fingerprint of the submission it is bound to.</summary>
    public sealed record IdempotencyKey(string Key, string Hash);

    private sealed record Waiting(Registration Registration, TaskCompletionSource Committed);

    private readonly System.Threading.Channels.Channel<Waiting> _queue = System.Threading.Channels.Channel.CreateUnbounded<Waiting>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private Task? _running;
    private readonly Lock _start = new();

    /// <summary>Completes once the registration is committed (its number and id are then set), or fails with why it was not.</summary>
    public Task WriteAsync(Registration registration)
    {
        var waiting = new Waiting(registration, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_start) _running ??= Task.Run(LoopAsync);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(waiting), this);
        return waiting.Committed.Task;
    }

    private async Task LoopAsync()
    {
        var group = new List<Waiting>(MaxGroup);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Waiting? carried = null;
        while (carried is not null || await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            keys.Clear();
            for (var next = carried; next is not null || group.Count < MaxGroup && _queue.Reader.TryRead(out next); next = null)
            {
                carried = null;
                // A retry with a key already in this group waits for the next group, where it meets the first's answer.
                if (next.Registration.Idempotency is { } key && !keys.Add(key.Key))
                {
                    carried = next;
                    break;
                }

                group.Add(next);
            }

            if (group.Count == 0) continue;
            try
            {
                await CommitAsync(group);
                foreach (var w in group) w.Committed.SetResult();
            }
            catch (DbUpdateException) when (group.Count > 1)
            {
                // Rolled back for certain (a constraint, before the commit): write each on its own.
                foreach (var w in group)
                {
                    try
                    {
                        await CommitAsync([w]);
                        w.Committed.SetResult();
                    }
                    catch (Exception e)
                    {
                        w.Committed.SetException(e);
                    }
                }
            }
            catch (Exception e)
            {
                foreach (var w in group) w.Committed.SetException(e);
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<Waiting> group)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var numbering = scope.ServiceProvider.GetRequiredService<Numbering>();
        var mails = scope.ServiceProvider.GetRequiredService<RequestMails>();
        var registrations = group.Select(w => w.Registration).ToList();
        foreach (var r in registrations) ForgetEarlierAttempt(r);

        // The group commits or rolls back as a whole: no savepoint round trips around each SaveChanges.
        db.Database.AutoSavepointsEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync();
        // Counters are taken first (SQLite: the transaction starts as the writer) and in one order on every instance,
        // so two groups never wait for each other in a cycle.
        var counters = registrations.GroupBy(r => (r.Request.RegisteredUnitId, r.Request.ReceivedDate.Year)).OrderBy(g => g.Key).ToList();
        var firsts = new List<int>(counters.Count);
        foreach (var counter in counters)
            firsts.Add(await numbering.ReserveAsync(counter.Key.RegisteredUnitId, counter.Key.Year, counter.Count(), CancellationToken.None));

        // Read once per group, inside its transaction: a format changed meanwhile applies to the whole group.
        var format = await db.GetSettingAsync(Numbering.SettingKey) ?? Numbering.DefaultFormat;
        foreach (var (counter, first) in counters.Zip(firsts))
        {
            foreach (var (r, i) in counter.Select((r, i) => (r, i)))
                r.Request.RegistrationNumber = Numbering.Format(format, first + i, r.Unit.Code, r.Request.ReceivedDate);
        }

        foreach (var r in registrations)
        {
            db.Requests.Add(r.Request);
            db.RequestFiles.AddRange(r.Files);
            db.RequestEvents.Add(r.Received);
        }

        // Expired keys are forgotten before keys are stored, so an expired key can be used again.
        if (registrations.Any(r => r.Idempotency is not null))
        {
            var expired = registrations.Min(r => r.Request.ReceivedAtUtc) - RegisterRequest.IdempotencyKeyLifetime;
            await db.IdempotencyRecords.Where(k => k.CreatedAtUtc < expired).ExecuteDeleteAsync();
        }

        // The ids are needed for the officers' links and the key rows: the requests are saved first.
        await db.SaveChangesAsync();
        var officers = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var r in registrations)
        {
            var to = r.Online
                ? officers.TryGetValue(r.Unit.Id, out var known) ? known
                : officers[r.Unit.Id] = await db.OfficerEmailsAsync(r.Unit.Id, r.Request.ReceivedAtUtc, CancellationToken.None)
                : [];
            mails.Registered(r.Request, r.Unit, to);
            if (r.Idempotency is { } key)
                db.IdempotencyRecords.Add(new IdempotencyRecord { Key = key.Key, RequestHash = key.Hash, RequestId = r.Request.Id, CreatedAtUtc = r.Request.ReceivedAtUtc });
        }

        await db.SaveChangesAsync();

        await tx.CommitAsync();
    }

    /// <summary>Values a rolled-back attempt may have left on the entities: they are inserted afresh.</summary>
    private static void ForgetEarlierAttempt(Registration r)
    {
        r.Request.Id = 0;
        r.Received.Id = 0;
        r.Received.RequestId = 0;
        foreach (var f in r.Files)
        {
            f.Id = 0;
            f.RequestId = 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_running is { } running) await running;
    }
}
