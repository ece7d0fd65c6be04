using System.ComponentModel.DataAnnotations;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Infrastructure.Time;

/// <summary>Settings of the section <c>Ppid</c>: the body's time zone and the app's public address.</summary>
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

public static class PpidSetup
{
    /// <summary>The <c>Ppid</c> options, checked at start, and the body's clock.</summary>
    public static IServiceCollection AddPpidOptions(this IServiceCollection services)
    {
        services.AddOptions<PpidOptions>().BindConfiguration("Ppid")
            // Not set: the address the server listens on, so e-mail links and QR codes follow `URLS=… ./run.sh` or --urls.
            .Configure<IConfiguration>((o, c) =>
            {
                if (string.IsNullOrWhiteSpace(c["Ppid:PublicBaseUrl"])) o.PublicBaseUrl = ServerUrls.PublicBaseUrl(c) ?? ServerUrls.DefaultPublicBaseUrl;
            })
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneExists(o.TimeZone), "Ppid:TimeZone is not a known time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura).")
            .Validate(o => Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps),
                "Ppid:PublicBaseUrl must be an absolute http(s) address such as https://ppid.example.go.id.")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BodyClock>();
        return services;
    }

    private static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
