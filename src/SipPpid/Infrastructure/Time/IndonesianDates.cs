using System.Globalization;

namespace SipPpid.Infrastructure.Time;

/// <summary>
/// Dates as Indonesians write them ("17 Maret 2026", "17 Maret 2026 14.05 WIB"): the one place their pattern is
/// defined. Documents and e-mails are always Indonesian; screens pass the current culture, so the English UI
/// reads "17 March 2026" in the same order.
/// </summary>
public static class IndonesianDates
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("id-ID");

    private const string DatePattern = "d MMMM yyyy";

    /// <summary>"17 Maret 2026".</summary>
    public static string Format(DateOnly date) => Format(date, Culture);

    /// <summary>"17 Maret 2026" in <paramref name="culture"/>'s month names.</summary>
    public static string Format(DateOnly date, CultureInfo culture) => date.ToString(DatePattern, culture);

    /// <summary>"Selasa, 17 Maret 2026".</summary>
    public static string FormatWithDay(DateOnly date, CultureInfo culture) => date.ToString("dddd, " + DatePattern, culture);

    /// <summary>"17 Mar 2026": a date in a register's narrow column; empty for none.</summary>
    public static string FormatShort(DateOnly? date) => date?.ToString("d MMM yyyy", Culture) ?? "";

    /// <summary>"17 Maret 2026 14.05 WIB": a local time followed by its zone's name.</summary>
    public static string FormatWithTime(DateTime local, string zone) => FormatWithTime(local, zone, Culture);

    /// <summary>"17 Maret 2026 14.05 WIB" in <paramref name="culture"/>'s month names.</summary>
    public static string FormatWithTime(DateTime local, string zone, CultureInfo culture) =>
        local.ToString(DatePattern + " HH.mm", culture) + " " + zone;
}
