using SipPpid.Domain;

namespace SipPpid.Features.Settings;

/// <summary>
/// The kop surat of a printed document: the body (and its logo, see <see cref="BodyLogo"/>), the unit that issues it,
/// its address and contacts.
/// </summary>
public sealed record Letterhead(string BodyName, string UnitName, string Address, string? Phone, string? Email, string City, string? LogoKey = null)
{
    public static Letterhead For(BodySettings body, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(unit);
        return new Letterhead(body.BodyName, unit.Name, unit.Address is { Length: > 0 } a ? a : body.Address, unit.Phone, unit.Email,
            body.City.Length > 0 ? body.City : FirstWord(unit.Address ?? body.Address), body.LogoKey);
    }

    /// <summary>"Jl. Ahmad Yani, Pontianak 78124" → "Pontianak": the place written before the date of a letter.</summary>
    private static string FirstWord(string address)
    {
        var parts = address.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var place = parts.Length > 1 ? parts[1] : "";
        return new string(place.TakeWhile(c => !char.IsAsciiDigit(c) && c != '(').ToArray()).Trim();
    }
}
