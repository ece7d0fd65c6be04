using System.IO.Compression;
using System.Net.Mime;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace SipPpid.Infrastructure.OpenApi;

/// <summary>
/// The interactive API reference at /api/docs: Scalar's standalone bundle, served from the Scalar.AspNetCore
/// assembly (nothing from a CDN), started by wwwroot/js/api-docs.js. Scalar's own page
/// (MapScalarApiReference) starts the bundle with an inline module script, which the site's Content Security
/// Policy (script-src 'self') forbids; this page has no inline script, so it needs no exception to that policy.
/// </summary>
public static class ApiDocsPage
{
    public const string Path = "/api/docs";
    public const string BundlePath = "/api/docs/scalar.js";

    /// <summary>The bundle's name inside Scalar.AspNetCore (gzip-compressed in release packages).</summary>
    private const string BundleResource = "ScalarStaticAssets.scalar.js";

    private static readonly string BundleVersion =
        typeof(ScalarOptions).Assembly.GetName().Version?.ToString() ?? "0";

    public static void MapApiDocsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http) =>
        {
            var basePath = http.Request.PathBase.Value ?? "";
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Content(Html(basePath), MediaTypeNames.Text.Html);
        }).ExcludeFromDescription();

        app.MapGet(BundlePath, (HttpContext http) => ServeBundle(http)).ExcludeFromDescription();
    }

    private static string Html(string basePath) => $$"""
        <!doctype html>
        <html lang="en" data-openapi="{{basePath}}{{ApiDescription.DocumentUrl}}">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>SIP PPID API</title>
        </head>
        <body>
            <div id="app"></div>
            <script src="{{basePath}}{{BundlePath}}?v={{BundleVersion}}"></script>
            <script src="{{basePath}}/js/api-docs.js"></script>
        </body>
        </html>
        """;

    private static IResult ServeBundle(HttpContext http)
    {
        var etag = $"\"scalar-{BundleVersion}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=86400";
        headers.Vary = HeaderNames.AcceptEncoding;
        if (http.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);

        var stream = typeof(ScalarOptions).Assembly.GetManifestResourceStream(BundleResource);
        if (stream is null) return Results.NotFound();
        var gzipped = IsGzip(stream);
        if (gzipped && AcceptsGzip(http.Request))
        {
            headers.ContentEncoding = "gzip";
            return Results.Stream(stream, "text/javascript; charset=utf-8");
        }

        return Results.Stream(gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream, "text/javascript; charset=utf-8");
    }

    private static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = stream.Read(magic);
        stream.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v?.Contains("gzip", StringComparison.OrdinalIgnoreCase) == true);
}
