using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SipPpid.Features.Survey;

/// <summary>
/// How survey figures read on screen and paper: Indonesian numbers (comma decimal) with the exact rounding of
/// <see cref="SurveyIndex"/> (NRR 2 decimals, IKM 3, IKM konversi 2), "–" for a figure that cannot be computed, and the
/// mutu pelayanan's words, and the survey's texts through the localizer.
/// </summary>
public static class SurveyText
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static string Nrr(decimal? value) => Fixed(value, 2);

    public static string Ikm(decimal? value) => Fixed(value, 3);

    public static string Converted(decimal? value) => Fixed(value, 2);

    public static string Fixed(decimal? value, int decimals) => value?.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Id) ?? "–";

    /// <summary>The mutu pelayanan of a grade (PermenPAN-RB 14/2017); Indonesian, a localizer key on screen.</summary>
    public static string? GradeName(string? grade) => grade switch
    {
        "A" => "Sangat Baik",
        "B" => "Baik",
        "C" => "Kurang Baik",
        "D" => "Tidak Baik",
        _ => null,
    };

    /// <summary>"A (Sangat Baik)", or "–" without a grade.</summary>
    public static string Grade(string? grade) => grade is null ? "–" : $"{grade} ({GradeName(grade)})";

    /// <summary>
    /// The nine elements from the weakest NRR to the strongest; an element nobody answered comes last (the order of
    /// the codes breaks ties, so the list is stable).
    /// </summary>
    public static IReadOnlyList<(SurveyElement Element, decimal? Nrr)> WeakestFirst(SurveyIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return [.. SurveyCodes.Elements.Select((e, i) => (Element: e, Nrr: index.Nrr[i], Order: i))
            .OrderBy(x => x.Nrr is null).ThenBy(x => x.Nrr).ThenBy(x => x.Order)
            .Select(x => (x.Element, x.Nrr))];
    }

    /// <summary>
    /// A survey text of <see cref="SurveyCodes"/> through the localizer. Some answers differ only by case from a key
    /// already in the resource file ("Tidak ada" / "tidak ada", "Sangat baik" / the grade's "Sangat Baik"), and the build
    /// forbids two such keys (MSB3568): such a text takes the other key's translation, its first letter capitalised.
    /// </summary>
    public static string Localize(IStringLocalizer t, string key)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var text = t[key];
        if (!text.ResourceNotFound || !char.IsUpper(key[0])) return text.Value;
        string[] variants = [char.ToLowerInvariant(key[0]) + key[1..], CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key)];
        foreach (var variant in variants)
        {
            var other = t[variant];
            if (!other.ResourceNotFound && other.Value.Length > 0) return char.ToUpperInvariant(other.Value[0]) + other.Value[1..];
        }
        return text.Value;
    }
}
