using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// Reminds the handling unit's officers of open requests that are due soon (from two working days before the
/// deadline until the deadline), once per deadline: a request whose deadline moves is reminded again. Requests
/// of the root unit also go to every PPID Utama officer. Each request is claimed with a conditional update in
/// its own transaction, so instances running side by side never remind twice.
/// </summary>
public sealed class DueSoonReminders(AppDbContext db, CalendarSource calendars, BodyClock clock, RequestMails mails)
{
    public const int BatchSize = 200;

    /// <summary>Returns the number of requests reminded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        var until = calendar.DueSoonUntil(today);
        var recipients = new Dictionary<int, IReadOnlyList<string>>();
        var reminded = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Requests.Where(RequestRules.Open).Where(RequestRules.DueSoon(today, until))
                .Where(r => r.Id > lastId && r.DueSoonRemindedFor != r.Deadline)
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0) return reminded;
            lastId = batch[^1].Id;

            foreach (var r in batch)
            {
                if (!recipients.TryGetValue(r.UnitId, out var to))
                    recipients[r.UnitId] = to = await db.OfficerEmailsAsync(r.UnitId, clock.UtcNow, ct);
                if (await RemindAsync(r, to, ct)) reminded++;
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> RemindAsync(InformationRequest r, IReadOnlyList<string> to, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var previous = r.DueSoonRemindedFor;
        var deadline = r.Deadline;
        var claimed = await db.Requests
            .Where(x => x.Id == r.Id && x.Deadline == deadline && x.DueSoonRemindedFor == previous)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DueSoonRemindedFor, deadline), ct);
        if (claimed != 1) return false; // another instance reminded it, or the deadline just moved
        foreach (var email in to) mails.DueSoonToOfficer(r, email);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
