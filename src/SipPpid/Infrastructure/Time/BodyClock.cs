using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Infrastructure.Time;

public sealed class PpidOptions
{
    /// <summary>The body's time zone: "today" and a web submission's receipt date are taken in it.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>
    /// The public address of the app, for links in e-mails (tracking pages) and the QR code of finalized reports. When
    /// it is not set: the address the server listens on (<see cref="ServerUrls"/>), else http://127.0.0.1:5000.
    /// </summary>
    public string PublicBaseUrl { get; set; } = ServerUrls.DefaultPublicBaseUrl;

    /// <summary>Redirect plain HTTP to HTTPS (production behind a TLS proxy); off by default for the http demo and tests.</summary>
    public bool RequireHttps { get; set; }
}

/// <summary>Today and local times in the body's time zone (WIB/WITA/WIT).</summary>
public sealed class BodyClock
{
    private readonly TimeProvider _time;

    public BodyClock(TimeProvider time, Microsoft.Extensions.Options.IOptions<PpidOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    public DateTime UtcNow => _time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, Zone));

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The Indonesian zone name for the offset: WIB (+7), WITA (+8), WIT (+9).</summary>
    public string ZoneAbbreviation(DateTime utc) => Zone.GetUtcOffset(utc).TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        var h => "UTC" + h.ToString("+0;-0", CultureInfo.InvariantCulture),
    };

    /// <summary>"23 November 2026 14.05 WIB" in the current culture.</summary>
    public string FormatInstant(DateTime utc) =>
        ToLocal(utc).ToString("d MMMM yyyy HH.mm", CultureInfo.CurrentCulture) + " " + ZoneAbbreviation(utc);

    /// <summary>"23 November 2026" (as Indonesians write dates) in the current culture.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"Senin, 23 November 2026".</summary>
    public static string FormatDateWithDay(DateOnly date) => date.ToString("dddd, d MMMM yyyy", CultureInfo.CurrentCulture);
}
