using Microsoft.Extensions.Localization;

namespace SipPpid.Features.Survey;

/// <summary>
/// A survey text of <see cref="SurveyCodes"/> through the localizer. One answer ("Tidak ada", u8) differs only by case
/// from a key already in the resource file ("tidak ada"), and the build forbids two such keys (MSB3568): it takes that
/// key's translation, capitalised.
/// </summary>
public static class SurveyText
{
    public static string Localize(IStringLocalizer t, string key)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var text = t[key];
        if (!text.ResourceNotFound || !char.IsUpper(key[0])) return text.Value;
        var lower = t[char.ToLowerInvariant(key[0]) + key[1..]];
        return lower.ResourceNotFound || lower.Value.Length == 0 ? text.Value : char.ToUpperInvariant(lower.Value[0]) + lower.Value[1..];
    }
}
