using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Localization;

namespace SipPpid.Infrastructure.Localization;

public static class LocalizationSetup
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public static readonly CultureInfo[] Cultures = [new(Indonesian), new(English)];

    /// <summary>Indonesian first: the browser's language is ignored; the switch sets a cookie.</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Indonesian),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        };
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }

    /// <summary>GET /bahasa/{culture}?returnUrl=… switches the language and goes back.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bahasa/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Indonesian;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(LocalReturnUrl(returnUrl));
        });
    }

    /// <summary>
    /// A path on this site to go back to, fit for a Location header: "/" for anything else (another site, "//host",
    /// "/\\host", or any control character, which browsers strip so that "/\t/host" becomes "//host"); characters outside
    /// ASCII are percent-encoded (UTF-8), as the browser sent them.
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } || returnUrl[0] != '/' || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal) || returnUrl.Any(char.IsControl))
            return "/";
        var url = new StringBuilder(returnUrl.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F) url.Append((char)rune.Value);
            else
            {
                foreach (var b in utf8[..rune.EncodeToUtf8(utf8)]) url.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return url.ToString();
    }
}
