using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// Makes the Atasan PPID's stored deadlines of unanswered objections follow the working-day calendar after a change
/// (the sibling of <see cref="RecomputeDeadlines"/>, called right after it): each moved deadline is updated only if it
/// is still the one the new deadline was computed from, and recorded as a "deadline moved" event on the request.
/// </summary>
public sealed class RecomputeObjectionDeadlines(AppDbContext db, CalendarSource calendars, BodyClock clock)
{
    /// <summary>Returns the number of objections whose deadline moved.</summary>
    public async Task<int> RunAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var calendar = await calendars.GetAsync(ct);
        var open = await db.Objections.AsNoTracking().Where(o => o.Status == ObjectionStatus.Registered)
            .Select(o => new { o.Id, o.RequestId, o.ObjectionNumber, o.ReceivedDate, o.Deadline }).ToListAsync(ct);
        var changed = open.Select(o => (o.Id, o.RequestId, o.ObjectionNumber, Before: o.Deadline, After: calendar.AnswerDeadline(o.ReceivedDate)))
            .Where(o => o.Before != o.After).ToList();
        if (changed.Count == 0) return 0;
        var moved = 0;
        var added = new List<object>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (id, requestId, number, before, after) in changed)
        {
            var updated = await db.Objections.Where(o => o.Id == id && o.Deadline == before && o.Status == ObjectionStatus.Registered)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Deadline, after), ct);
            if (updated != 1) continue;
            var request = db.Requests.Local.FirstOrDefault(r => r.Id == requestId);
            if (request is null)
            {
                request = new InformationRequest { Id = requestId };
                db.Requests.Attach(request);
                added.Add(request);
            }

            added.Add(db.Record(request, RequestEventKind.DeadlineMoved, clock.Today, actor,
                note: $"Tenggat tanggapan keberatan {number} berubah dari {D(before)} menjadi {D(after)} karena perubahan kalender hari kerja",
                data: new { objection = number, before = Iso(before), after = Iso(after) }));
            moved++;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var entity in added) db.Entry(entity).State = EntityState.Detached;
        return moved;
    }

    private static string D(DateOnly d) => IndonesianDates.Format(d);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
