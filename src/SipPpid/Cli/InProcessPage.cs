using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Cli;

/// <summary>
/// One GET through the app's own request pipeline, in process and without a server, as the PPID Utama: the
/// commands that print a page (`report service --format pdf|html`) get byte for byte what the web answers, from
/// the same page, filters and PDF printing.
/// </summary>
internal static class InProcessPage
{
    public sealed record Answer(int Status, string? ContentType, byte[] Body);

    /// <summary>The pipeline of the web app (<see cref="AppServices.UseSipPpid"/>), built on the command's host.</summary>
    public static RequestDelegate Pipeline(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSipPpid();
        // A running server adds the endpoint middleware itself; a pipeline built by hand needs it explicitly.
        app.UseEndpoints(_ => { });
        return ((IApplicationBuilder)app).Build();
    }

    /// <summary>GETs <paramref name="pathAndQuery"/> as if sent to <paramref name="origin"/> (default http://localhost).</summary>
    public static async Task<Answer> GetAsync(IServiceProvider services, RequestDelegate pipeline, string pathAndQuery, CancellationToken ct, Uri? origin = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = origin?.Scheme ?? "http",
            Protocol = "HTTP/1.1",
            Path = query < 0 ? pathAndQuery : pathAndQuery[..query],
            QueryString = query < 0 ? "" : pathAndQuery[query..],
        };
        request.Headers.Host = origin?.Authority ?? "localhost";
        if (origin is not null) request.PathBase = origin.AbsolutePath.TrimEnd('/');
        using var body = new MemoryStream();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = ct });

        var factory = services.GetRequiredService<IHttpContextFactory>();
        var context = factory.Create(features);
        try
        {
            // The command line acts for the body (as the PPID Utama compiling the report); cookie authentication
            // finds no cookie and leaves this user in place.
            context.User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "command line"), new Claim(ClaimTypes.Role, Roles.PpidUtama)], "command-line"));
            await pipeline(context);
            await context.Response.CompleteAsync();
            return new Answer(context.Response.StatusCode, context.Response.ContentType, body.ToArray());
        }
        finally
        {
            factory.Dispose(context);
        }
    }
}
