using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Calendar;
using SipPpid.Features.Objections;

namespace SipPpid.Features.Requests;

/// <summary>
/// Rewrites the working-day columns of every request (open or not) after a calendar change, so the reports'
/// processing times and on-time figures follow the new calendar. Set-based: one UPDATE per distinct date whose
/// values changed (a few thousand dates over years of requests), then one UPDATE for extension validity; and
/// the objections' answer deadlines likewise.
/// </summary>
public static class RecomputeReportColumns
{
    public static async Task<int> RunAsync(AppDbContext db, WorkingCalendar calendar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        var changed = 0;
        var received = await db.Requests.Select(r => r.ReceivedDate).Distinct().ToListAsync(ct);
        foreach (var d in received)
        {
            var ordinal = calendar.Ordinal(d);
            var first = calendar.NoticeDeadline(d, extended: false);
            var extended = calendar.NoticeDeadline(d, extended: true);
            changed += await db.Requests
                .Where(r => r.ReceivedDate == d && (r.ReceivedOrdinal != ordinal || r.FirstDeadline != first || r.ExtendedDeadline != extended))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceivedOrdinal, ordinal).SetProperty(r => r.FirstDeadline, first)
                    .SetProperty(r => r.ExtendedDeadline, extended), ct);
        }

        var notices = await db.Requests.Where(r => r.NoticeDate != null).Select(r => r.NoticeDate!.Value).Distinct().ToListAsync(ct);
        foreach (var d in notices)
        {
            int? ordinal = calendar.Ordinal(d);
            changed += await db.Requests.Where(r => r.NoticeDate == d && r.NoticeOrdinal != ordinal)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NoticeOrdinal, ordinal), ct);
        }

        // An objection's answer is due on working day 30 after its receipt, whatever its state.
        var objectionDates = await db.Objections.Select(o => o.ReceivedDate).Distinct().ToListAsync(ct);
        foreach (var d in objectionDates)
        {
            var due = calendar.AnswerDeadline(d);
            changed += await db.Objections.Where(o => o.ReceivedDate == d && o.Deadline != due)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Deadline, due), ct);
        }

        changed += await db.Requests
            .Where(r => r.ExtensionValid != (r.ExtensionDate != null && r.ExtensionDate >= r.ReceivedDate && r.ExtensionDate <= r.FirstDeadline))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExtensionValid, r => r.ExtensionDate != null && r.ExtensionDate >= r.ReceivedDate && r.ExtensionDate <= r.FirstDeadline), ct);
        return changed;
    }
}
