using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Security;

/// <summary>
/// A page whose address carries a secret (a tracking code, a password reset token): its answers send no Referer at
/// all, so the secret never reaches another site or another page's logs.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoReferrerAttribute : Attribute;

/// <summary>
/// The security headers of every answer (pages, API, PDFs, static files, error pages). They are set when the answer
/// starts, so an exception page or a re-executed status page gets them too. The policy allows scripts and styles from
/// this site only: no inline script, no inline style, no eval (Chart.js 4 and htmx with allowEval=false need none);
/// QR codes and Bootstrap's icons are data: images. HSTS goes out on HTTPS answers outside Development.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference at /api/docs only: Scalar injects its styles at run time, so styles (never scripts) may be
    /// inline there, and its bundled fonts are data: URIs. Every other path keeps the strict policy.
    /// </summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var env = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        var days = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value.HstsDays;
        var hsts = env.IsDevelopment() || days == 0 ? null : $"max-age={days * 86400}; includeSubDomains";
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, hsts);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, string? hsts)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
            ? ApiDocsPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // A re-executed status page (404 for a wrong code) still answers the original address: judge by its endpoint.
        var endpoint = context.Features.Get<IStatusCodeReExecuteFeature>()?.Endpoint
                       ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint
                       ?? context.GetEndpoint();
        headers["Referrer-Policy"] = endpoint?.Metadata.GetMetadata<NoReferrerAttribute>() is null ? "strict-origin-when-cross-origin" : "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (hsts is not null && context.Request.IsHttps) headers.StrictTransportSecurity = hsts;
    }
}
