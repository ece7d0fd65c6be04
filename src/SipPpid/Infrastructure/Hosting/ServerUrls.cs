using System.Net;
using System.Text.RegularExpressions;

namespace SipPpid.Infrastructure.Hosting;

/// <summary>
/// The addresses the web server is told to listen on: the configuration key <c>urls</c>, which <c>--urls</c>,
/// <c>ASPNETCORE_URLS</c> and <c>URLS</c> all set. The one place that reads them, for the public address
/// (<c>Ppid:PublicBaseUrl</c> when it is not set) and for checking that every request is HTTPS.
/// </summary>
public static partial class ServerUrls
{
    /// <summary>The public address when neither it nor the listening address is configured (run.sh's default).</summary>
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5000";

    public sealed record Address(string Scheme, string Host, int? Port)
    {
        public bool IsHttps => Scheme == Uri.UriSchemeHttps;

        /// <summary><c>*</c>, <c>+</c>, <c>0.0.0.0</c> or <c>[::]</c>: every interface of this machine.</summary>
        public bool IsWildcard => Host is "*" or "+" or "0.0.0.0" or "[::]";
    }

    public static IReadOnlyList<Address> Parse(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var list = new List<Address>();
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = UrlPattern().Match(url);
            if (!m.Success) continue;
            int? port = m.Groups["port"].Success ? int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            list.Add(new Address(m.Groups["scheme"].Value.ToLowerInvariant(), m.Groups["host"].Value.ToLowerInvariant(), port));
        }

        return list;
    }

    /// <summary>
    /// The public address derived from the listening addresses: the first HTTPS one, else the first; a wildcard host
    /// becomes this machine's name. Null when no listening address is configured.
    /// </summary>
    public static string? PublicBaseUrl(IConfiguration configuration)
    {
        var addresses = Parse(configuration);
        var chosen = addresses.FirstOrDefault(a => a.IsHttps) ?? (addresses.Count > 0 ? addresses[0] : null);
        if (chosen is null) return null;
        var host = chosen.IsWildcard ? Dns.GetHostName().ToLowerInvariant() : chosen.Host;
        var defaultPort = chosen.IsHttps ? 443 : 80;
        return chosen.Port is { } p && p != defaultPort && p != 0 ? $"{chosen.Scheme}://{host}:{p}" : $"{chosen.Scheme}://{host}";
    }

    /// <summary>Whether the server listens on HTTPS addresses only (at least one configured).</summary>
    public static bool HttpsOnly(IConfiguration configuration)
    {
        var addresses = Parse(configuration);
        return addresses.Count > 0 && addresses.All(a => a.IsHttps);
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>\[[^\]]*\]|[^/:\[\]]+)(:(?<port>\d{1,5}))?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
