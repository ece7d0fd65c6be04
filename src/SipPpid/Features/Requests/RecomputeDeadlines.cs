using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// Makes the stored deadlines of open requests follow the working-day calendar after a change of the holidays or
/// of the cuti-bersama rule: each moved deadline is updated and recorded as a "deadline moved" event. Call it after
/// the calendar change is saved. Works in batches by id (four columns read, only changed rows written), and each
/// row is updated only if its deadline and extension are still the ones the new deadline was computed from.
/// </summary>
public sealed class RecomputeDeadlines(AppDbContext db, CalendarSource calendars, BodyClock clock)
{
    public const int BatchSize = 1000;

    /// <summary>Returns the number of requests whose deadline moved.</summary>
    public async Task<int> RunAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // The calendar source compares the stamp with the database, so this is the calendar just saved.
        var calendar = await calendars.GetAsync(ct);
        await RecomputeReportColumns.RunAsync(db, calendar, ct);
        var today = clock.Today;
        var moved = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Requests.AsNoTracking()
                .Where(r => r.Id > lastId
                    && (r.Status == RequestStatus.Registered || r.Status == RequestStatus.InProcess || r.Status == RequestStatus.Incomplete))
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
                var updated = await db.Requests
                    .Where(r => r.Id == id && r.Deadline == before && r.ExtensionDate == extension
                        && (r.Status == RequestStatus.Registered || r.Status == RequestStatus.InProcess || r.Status == RequestStatus.Incomplete))
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

    private static string D(DateOnly d) => IndonesianDates.Format(d);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
