using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Rules;

/// <summary>
/// Gives the current <see cref="WorkingCalendar"/>. The built calendar is cached per process, but every call
/// compares the cache with the database's calendar stamp (one primary-key read), so an edit made on any
/// instance takes effect everywhere at once.
/// </summary>
public sealed class CalendarSource(AppDbContext db, CalendarCache cache)
{
    /// <summary>The setting that changes whenever a holiday or the cuti bersama rule changes; calendar caches compare it.</summary>
    public const string StampKey = "calendar.stamp";

    /// <summary>The setting "cuti bersama counts as a working day" ("true"/"false").</summary>
    public const string CutiBersamaKey = "calendar.cutiBersamaIsWorkingDay";

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        var stamp = await db.GetSettingAsync(StampKey, ct) ?? "";
        if (cache.TryGet(stamp) is { } cached) return cached;

        var holidays = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var cuti = await db.GetSettingAsync(CutiBersamaKey, ct) == "true";
        var calendar = new WorkingCalendar(holidays, cuti);
        cache.Set(stamp, calendar);
        return calendar;
    }

    /// <summary>Marks the calendar as changed; call in the same unit of work as the change.</summary>
    public static Task MarkChangedAsync(AppDbContext db, CancellationToken ct = default) =>
        db.SetSettingAsync(StampKey, Guid.NewGuid().ToString("N"), ct);
}

/// <summary>Process-wide cache of the last built calendar, keyed by the database stamp.</summary>
public sealed class CalendarCache
{
    private volatile Entry? _entry;

    public WorkingCalendar? TryGet(string stamp) => _entry is { } e && e.Stamp == stamp ? e.Calendar : null;

    public void Set(string stamp, WorkingCalendar calendar) => _entry = new Entry(stamp, calendar);

    private sealed record Entry(string Stamp, WorkingCalendar Calendar);
}
