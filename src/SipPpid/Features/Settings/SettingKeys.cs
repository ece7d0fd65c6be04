using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Settings;

public static class SettingKeys
{
    public const string BodyName = "body.name";
    public const string BodyCity = "body.city";
    public const string BodyAddress = "body.address";
    /// <summary>The storage key (<see cref="Infrastructure.Storage.StoredFile.StorageKey"/>) of the logo on the kop surat; none when absent or empty.</summary>
    public const string BodyLogo = "body.logo";
    public const string PembantuLabel = "unit.pembantuLabel";
    public const string CutiBersamaIsWorkingDay = "calendar.cutiBersamaIsWorkingDay";

    /// <summary>Changes whenever a holiday or the cuti bersama rule changes; calendar caches compare it.</summary>
    public const string CalendarStamp = "calendar.stamp";

    /// <summary>Set once the bundled holiday list was loaded, so deleting holidays never brings them back.</summary>
    public const string HolidaysSeeded = "calendar.seeded";
}

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
