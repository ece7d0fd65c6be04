using System.Globalization;

namespace SipPpid.Features.Objections;

/// <summary>Dates on official documents: always Indonesian ("17 Maret 2026"), whatever the UI language.</summary>
public static class LetterDates
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Id);
}
