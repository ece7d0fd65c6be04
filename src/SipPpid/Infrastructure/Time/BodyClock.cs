using System.Globalization;

namespace SipPpid.Infrastructure.Time;

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
        IndonesianDates.FormatWithTime(ToLocal(utc), ZoneAbbreviation(utc), CultureInfo.CurrentCulture);

    /// <summary>"23 November 2026" (as Indonesians write dates) in the current culture.</summary>
    public static string FormatDate(DateOnly date) => IndonesianDates.Format(date, CultureInfo.CurrentCulture);

    /// <summary>"Senin, 23 November 2026".</summary>
    public static string FormatDateWithDay(DateOnly date) => IndonesianDates.FormatWithDay(date, CultureInfo.CurrentCulture);
}
