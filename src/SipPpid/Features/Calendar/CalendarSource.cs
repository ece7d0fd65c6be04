using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Settings;

namespace SipPpid.Features.Calendar;

/// <summary>
/// Gives the current <see cref="WorkingCalendar"/>. The built calendar is cached per process, but every call
/// compares the cache with the database's calendar stamp (one primary-key read), so an edit made on any
/// instance takes effect everywhere at once.
/// </summary>
public sealed class CalendarSource(AppDbContext db, CalendarCache cache)
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        var stamp = await db.GetSettingAsync(SettingKeys.CalendarStamp, ct) ?? "";
        if (cache.TryGet(stamp) is { } cached) return cached;

        var holidays = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var cuti = await db.GetSettingAsync(SettingKeys.CutiBersamaIsWorkingDay, ct) == "true";
        var calendar = new WorkingCalendar(holidays, cuti);
        cache.Set(stamp, calendar);
        return calendar;
    }

    /// <summary>Marks the calendar as changed; call in the same unit of work as the change.</summary>
    public static Task MarkChangedAsync(AppDbContext db, CancellationToken ct = default) =>
        db.SetSettingAsync(SettingKeys.CalendarStamp, Guid.NewGuid().ToString("N"), ct);
}

/// <summary>Process-wide cache of the last built calendar, keyed by the database stamp.</summary>
public sealed class CalendarCache
{
    private volatile Entry? _entry;

    public WorkingCalendar? TryGet(string stamp) => _entry is { } e && e.Stamp == stamp ? e.Calendar : null;

    public void Set(string stamp, WorkingCalendar calendar) => _entry = new Entry(stamp, calendar);

    private sealed record Entry(string Stamp, WorkingCalendar Calendar);
}
