using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Infrastructure.Jobs;

/// <summary>Who may run a background job until when: one row per job, shared by every instance on the database.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}

/// <summary>
/// Takes and keeps job leases with conditional updates, the same way on SQLite and PostgreSQL, so of several
/// instances only one runs a job's round at a time. A lease is free when it has expired or is already held by the
/// asker; the holder of a crashed instance loses it when it expires. Instances compare their own clocks with the
/// stored expiry, so their clocks must agree (NTP) to well within a job's interval.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider time)
{
    /// <summary>Takes <paramref name="job"/>'s lease for <paramref name="duration"/> if it is free or ours; false when another holds it.</summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken ct)
    {
        if (await TakeAsync(job, holder, duration, ct)) return true;
        // The job's first round ever: create its row, free; of simultaneous inserts the primary key keeps one.
        var created = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({job}, {""}, {DateTime.UnixEpoch}) ON CONFLICT DO NOTHING""", ct);
        return created == 1 && await TakeAsync(job, holder, duration, ct);
    }

    /// <summary>
    /// One statement, so the database decides between simultaneous takers: PostgreSQL re-checks the condition on the
    /// row a concurrent update committed, SQLite has one writer at a time.
    /// </summary>
    private async Task<bool> TakeAsync(string job, string holder, TimeSpan duration, CancellationToken ct)
    {
        var now = Now();
        var until = now + duration;
        return await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAtUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until), ct) == 1;
    }

    /// <summary>Keeps the lease until <paramref name="until"/> (then it is free), if <paramref name="holder"/> still has it.</summary>
    public Task HoldUntilAsync(string job, string holder, DateTime until, CancellationToken ct) =>
        db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, until), ct);

    public DateTime Now() => time.GetUtcNow().UtcDateTime;
}
