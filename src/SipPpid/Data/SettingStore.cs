using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;

namespace SipPpid.Data;

/// <summary>Reads and writes the key-value settings table (keys: <c>Features/Settings/SettingKeys</c>, the calendar's in <c>Rules/CalendarSource</c>).</summary>
public static class SettingStore
{
    public static async Task<string?> GetSettingAsync(this AppDbContext db, string key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
    }

    /// <summary>Adds or changes a setting in the unit of work; the caller saves.</summary>
    public static async Task SetSettingAsync(this AppDbContext db, string key, string value, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Settings.FindAsync([key], ct);
        if (row is null) db.Settings.Add(new AppSetting { Key = key, Value = value });
        else row.Value = value;
    }
}
