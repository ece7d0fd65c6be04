using System.Net;
using Microsoft.AspNetCore.Http;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>An instance behind a TLS-terminating nginx at 10.0.0.5 that requires HTTPS.</summary>
public sealed class BehindProxyApp() : AppFactory(new Dictionary<string, string>
{
    ["Ppid:RequireHttps"] = "true",
    ["Proxy:KnownProxies:0"] = "10.0.0.5",
});

/// <summary>Forwarded headers are believed from the configured proxy only (loopback by default); HTTPS is enforced when configured.</summary>
public sealed class ProxyTests(BehindProxyApp proxied, SqliteApp plain) : IClassFixture<BehindProxyApp>, IClassFixture<SqliteApp>
{
    private static async Task<HttpContext> GetAsync(AppFactory app, string path, string from, string? forwardedProto = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("ppid.example.go.id");
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            if (forwardedProto is not null) c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        });
    }

    [Fact]
    public async Task Https_forwarded_by_the_known_proxy_is_served_with_the_client_address()
    {
        var c = await GetAsync(proxied, "/Account/Login", from: "10.0.0.5", forwardedProto: "https");
        Assert.Equal(StatusCodes.Status200OK, c.Response.StatusCode);
        Assert.Equal("https", c.Request.Scheme);
        Assert.Equal(IPAddress.Parse("203.0.113.7"), c.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_and_an_unknown_sender_cannot_pretend_otherwise()
    {
        var viaProxy = await GetAsync(proxied, "/Account/Login", from: "10.0.0.5");
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, viaProxy.Response.StatusCode);
        Assert.Equal("https://ppid.example.go.id/Account/Login", viaProxy.Response.Headers.Location.ToString());

        var spoofed = await GetAsync(proxied, "/Account/Login", from: "198.51.100.9", forwardedProto: "https");
        Assert.Equal(StatusCodes.Status307TemporaryRedirect, spoofed.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("198.51.100.9"), spoofed.Connection.RemoteIpAddress);
    }

    [Fact]
    public async Task The_load_balancer_probes_answer_over_plain_http()
    {
        Assert.Equal(StatusCodes.Status200OK, (await GetAsync(proxied, "/healthz", from: "198.51.100.9")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await GetAsync(proxied, "/readyz", from: "198.51.100.9")).Response.StatusCode);
    }

    [Fact]
    public async Task By_default_http_is_served_and_only_a_proxy_on_the_loopback_is_believed()
    {
        var local = await GetAsync(plain, "/Account/Login", from: "127.0.0.1", forwardedProto: "https");
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("203.0.113.7"), local.Connection.RemoteIpAddress);

        var remote = await GetAsync(plain, "/Account/Login", from: "10.0.0.5");
        Assert.Equal(StatusCodes.Status200OK, remote.Response.StatusCode);
        Assert.Equal(IPAddress.Parse("10.0.0.5"), remote.Connection.RemoteIpAddress);
    }
}
