using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// Reminds the Atasan PPID (every active account in that role) of unanswered objections due soon, once per
/// deadline. Each objection is claimed with a conditional update in its own transaction, so instances running side
/// by side never remind twice.
/// </summary>
public sealed class ObjectionReminders(AppDbContext db, CalendarSource calendars, BodyClock clock, ObjectionMails mails)
{
    /// <summary>Returns the number of objections reminded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        var until = calendar.DueSoonUntil(today);
        var due = await db.Objections.Include(o => o.Request).Where(ObjectionRules.DueSoon(today, until))
            .Where(o => o.DueSoonRemindedFor != o.Deadline)
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        if (due.Count == 0) return 0;
        var to = await AtasanEmailsAsync(ct);
        var reminded = 0;
        foreach (var o in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var previous = o.DueSoonRemindedFor;
            var deadline = o.Deadline;
            var claimed = await db.Objections.Where(ObjectionRules.Awaiting)
                .Where(x => x.Id == o.Id && x.Deadline == deadline && x.DueSoonRemindedFor == previous)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DueSoonRemindedFor, deadline), ct);
            if (claimed != 1) continue;
            foreach (var email in to) mails.DueSoonToAtasan(o, o.Request!, email);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            reminded++;
        }

        return reminded;
    }

    private async Task<IReadOnlyList<string>> AtasanEmailsAsync(CancellationToken ct)
    {
        var atasan = db.UserRoles.Where(ur => db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.AtasanPpid)).Select(ur => ur.UserId);
        // LockoutEnd is compared here: SQLite cannot compare DateTimeOffset values in SQL.
        var rows = await db.Users.AsNoTracking().Where(u => atasan.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Email, u.LockoutEnd }).ToListAsync(ct);
        var now = new DateTimeOffset(clock.UtcNow, TimeSpan.Zero);
        return rows.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).Select(u => u.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }
}
