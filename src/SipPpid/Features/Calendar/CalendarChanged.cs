using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Calendar;

/// <summary>
/// What follows a change of the working-day calendar (holidays, the cuti bersama rule) or of the deadline rules
/// themselves (<see cref="ServiceDeadlines.RulesVersion"/>, checked at start-up): call it after the change is saved.
/// <list type="number">
/// <item>The report columns of every request (ordinals, day-10 and day-17 deadlines, extension validity), set-based:
/// one UPDATE per distinct date whose values changed, then one for extension validity (<see cref="RequestRules.ExtensionValid"/>).</item>
/// <item>The current deadline of every open request, in batches by id.</item>
/// <item>The answer deadline of every objection still awaiting its answer. A decided objection keeps the deadline it was
/// answered against, so its on-time status (<see cref="ObjectionRules.AnsweredOnTime"/>) does not change afterwards.</item>
/// </list>
/// Each moved deadline is compared with the stored one before anything rewrites it, then written only if it is still the one the new deadline
/// was computed from, with its "deadline moved" event in the same transaction; so instances running it side by side
/// (or twice) record each move once.
/// </summary>
public sealed class CalendarChanged(AppDbContext db, CalendarSource calendars, BodyClock clock)
{
    public const int BatchSize = 1000;


    /// <summary>How many open requests and awaiting objections had their deadline moved.</summary>
    public sealed record Result(int RequestsMoved, int ObjectionsMoved);

    public async Task<Result> RunAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The calendar source compares the stamp with the database, so this is the calendar just saved.
        var calendar = await calendars.GetAsync(ct);
        await ReportColumnsAsync(calendar, ct);
        var requests = await RequestDeadlinesAsync(calendar, actor, ct);
        var objections = await ObjectionDeadlinesAsync(calendar, actor, ct);
        return new Result(requests, objections);
    }

    /// <summary>
    /// At start-up: when the deadline rules the stored columns were computed by (<see cref="SettingKeys.RulesVersion"/>)
    /// differ from the code's, or requests lack their report columns, recomputes everything as the system and stores the
    /// code's version. Several instances starting together may each run it; the recompute is idempotent.
    /// </summary>
    public async Task<bool> RunIfRulesChangedAsync(CancellationToken ct)
    {
        if (await db.GetSettingAsync(SettingKeys.RulesVersion, ct) == ServiceDeadlines.RulesVersion
            && !await db.Requests.AnyAsync(r => r.FirstDeadline == default, ct))
            return false;

        await RunAsync(Actor.System, ct);
        await db.SetSettingAsync(SettingKeys.RulesVersion, ServiceDeadlines.RulesVersion, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the version first (the same value: it ran the same code).
            db.ChangeTracker.Clear();
        }

        return true;
    }

    private async Task ReportColumnsAsync(WorkingCalendar calendar, CancellationToken ct)
    {
        var received = await db.Requests.Select(r => r.ReceivedDate).Distinct().ToListAsync(ct);
        foreach (var d in received)
        {
            var ordinal = calendar.Ordinal(d);
            var first = calendar.NoticeDeadline(d, extended: false);
            var extended = calendar.NoticeDeadline(d, extended: true);
            await db.Requests
                .Where(r => r.ReceivedDate == d && (r.ReceivedOrdinal != ordinal || r.FirstDeadline != first || r.ExtendedDeadline != extended))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceivedOrdinal, ordinal).SetProperty(r => r.FirstDeadline, first)
                    .SetProperty(r => r.ExtendedDeadline, extended), ct);
        }

        var notices = await db.Requests.Where(r => r.NoticeDate != null).Select(r => r.NoticeDate!.Value).Distinct().ToListAsync(ct);
        foreach (var d in notices)
        {
            int? ordinal = calendar.Ordinal(d);
            await db.Requests.Where(r => r.NoticeDate == d && r.NoticeOrdinal != ordinal)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NoticeOrdinal, ordinal), ct);
        }

        // After the first deadlines: extension validity is read from them.
        var rule = RequestRules.ExtensionValid;
        var stale = Expression.Lambda<Func<InformationRequest, bool>>(
            Expression.NotEqual(Expression.Property(rule.Parameters[0], nameof(InformationRequest.ExtensionValid)), rule.Body), rule.Parameters);
        await db.Requests.Where(stale).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExtensionValid, RequestRules.ExtensionValid), ct);
    }

    private async Task<int> RequestDeadlinesAsync(WorkingCalendar calendar, Actor actor, CancellationToken ct)
    {
        var today = clock.Today;
        var moved = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Requests.AsNoTracking().Where(RequestRules.Open)
                .Where(r => r.Id > lastId)
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .Select(r => new { r.Id, r.ReceivedDate, r.ExtensionDate, r.Deadline })
                .ToListAsync(ct);
            if (batch.Count == 0) return moved;
            lastId = batch[^1].Id;

            var changed = batch
                .Select(r => (r.Id, r.ExtensionDate, Before: r.Deadline, After: calendar.DeadlineOf(r.ReceivedDate, r.ExtensionDate)))
                .Where(r => r.After != r.Before)
                .ToList();
            if (changed.Count == 0) continue;

            var added = new List<object>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var (id, extension, before, after) in changed)
            {
                var updated = await db.Requests.Where(RequestRules.Open)
                    .Where(r => r.Id == id && r.Deadline == before && r.ExtensionDate == extension)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.Deadline, after), ct);
                if (updated != 1) continue; // changed meanwhile by someone who computed it with the same calendar

                // A key-only stub, attached unchanged, so the event refers to the request without loading it.
                var request = new InformationRequest { Id = id, Deadline = after };
                db.Requests.Attach(request);
                added.Add(request);
                added.Add(db.Record(request, RequestEventKind.DeadlineMoved, today, actor,
                    note: $"Tenggat berubah dari {D(before)} menjadi {D(after)} karena perubahan kalender hari kerja",
                    data: new { before = Iso(before), after = Iso(after) }));
                moved++;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            // Only what this batch added is let go; the caller's tracked entities stay as they are.
            foreach (var entity in added) db.Entry(entity).State = EntityState.Detached;
        }
    }

    private async Task<int> ObjectionDeadlinesAsync(WorkingCalendar calendar, Actor actor, CancellationToken ct)
    {
        var today = clock.Today;
        var moved = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Objections.AsNoTracking().Where(ObjectionRules.Awaiting)
                .Where(o => o.Id > lastId)
                .OrderBy(o => o.Id)
                .Take(BatchSize)
                .Select(o => new { o.Id, o.RequestId, o.ObjectionNumber, o.ReceivedDate, o.Deadline })
                .ToListAsync(ct);
            if (batch.Count == 0) return moved;
            lastId = batch[^1].Id;

            var changed = batch
                .Select(o => (o.Id, o.RequestId, o.ObjectionNumber, Before: o.Deadline, After: calendar.AnswerDeadline(o.ReceivedDate)))
                .Where(o => o.Before != o.After)
                .ToList();
            if (changed.Count == 0) continue;

            var added = new List<object>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var (id, requestId, number, before, after) in changed)
            {
                var updated = await db.Objections.Where(ObjectionRules.Awaiting)
                    .Where(o => o.Id == id && o.Deadline == before)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Deadline, after), ct);
                if (updated != 1) continue; // answered or moved meanwhile

                var request = db.Requests.Local.FirstOrDefault(r => r.Id == requestId);
                if (request is null)
                {
                    request = new InformationRequest { Id = requestId };
                    db.Requests.Attach(request);
                    added.Add(request);
                }

                added.Add(db.Record(request, RequestEventKind.DeadlineMoved, today, actor,
                    note: $"Tenggat tanggapan keberatan {number} berubah dari {D(before)} menjadi {D(after)} karena perubahan kalender hari kerja",
                    data: new { objection = number, before = Iso(before), after = Iso(after) }));
                moved++;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            foreach (var entity in added) db.Entry(entity).State = EntityState.Detached;
        }
    }

    private static string D(DateOnly d) => IndonesianDates.Format(d);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
