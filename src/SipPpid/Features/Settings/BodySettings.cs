using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Features.Settings;

/// <summary>The public body's profile and labels, as shown on pages and letters.</summary>
public sealed record BodySettings(string BodyName, string City, string Address, string PembantuLabel, bool CutiBersamaIsWorkingDay, string? LogoKey = null)
{
    public const string DefaultPembantuLabel = "PPID Pembantu";
    public static readonly string[] PembantuLabels = [DefaultPembantuLabel, "PPID Pelaksana"];

    public static async Task<BodySettings> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        string Get(string key, string fallback) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : fallback;
        return new BodySettings(
            Get(SettingKeys.BodyName, "Badan Publik"),
            Get(SettingKeys.BodyCity, ""),
            Get(SettingKeys.BodyAddress, ""),
            Get(SettingKeys.PembantuLabel, DefaultPembantuLabel),
            Get(SettingKeys.CutiBersamaIsWorkingDay, "false") == "true",
            values.TryGetValue(SettingKeys.BodyLogo, out var logo) && logo.Length > 0 ? logo : null);
    }
}
