namespace SipPpid.Features.Settings;

public static class SettingKeys
{
    public const string BodyName = "body.name";
    public const string BodyCity = "body.city";
    public const string BodyAddress = "body.address";
    /// <summary>The storage key (<see cref="Infrastructure.Storage.StoredFile.StorageKey"/>) of the logo on the kop surat; none when absent or empty.</summary>
    public const string BodyLogo = "body.logo";
    public const string PembantuLabel = "unit.pembantuLabel";
    public const string CutiBersamaIsWorkingDay = CalendarSource.CutiBersamaKey;

    /// <summary>Changes whenever a holiday or the cuti bersama rule changes; calendar caches compare it.</summary>
    public const string CalendarStamp = CalendarSource.StampKey;

    /// <summary>Set once the bundled holiday list was loaded, so deleting holidays never brings them back.</summary>
    public const string HolidaysSeeded = "calendar.seeded";

    /// <summary>The <see cref="ServiceDeadlines.RulesVersion"/> the stored deadline columns were last computed by (checked at start-up).</summary>
    public const string RulesVersion = "rules.version";
}
