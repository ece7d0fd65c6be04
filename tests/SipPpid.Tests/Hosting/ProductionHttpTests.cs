using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Hosting;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>The app as the README's "by hand" section starts it: Production, plain http on 127.0.0.1, no overrides.</summary>
public sealed class ProductionHttpApp() : AppFactory("sqlite")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>
/// Production over plain http serves every page and form (cookies without the Secure flag, which a browser would
/// drop over http); over HTTPS, directly or forwarded by a trusted proxy, every cookie is Secure. An operator who
/// insists on Secure cookies always (<c>Security:CookieSecure=Always</c>) without HTTPS on every request is stopped
/// at start with one line naming the setting, never answered with a 500.
/// </summary>
public sealed class ProductionHttpTests(ProductionHttpApp app) : IClassFixture<ProductionHttpApp>, IAsyncLifetime
{
    private const string Officer = "petugas@ppid.example.go.id";

    public async Task InitializeAsync()
    {
        await app.SeedDemoAsync();
        if (!await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Officer))) await app.AccountAsync(Officer, Roles.PpidUtama);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/Lacak")]
    public async Task Pages_answer_over_plain_http(string path)
    {
        var response = await app.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_officer_signs_in_and_works_over_plain_http_with_cookies_a_browser_keeps()
    {
        var client = app.Client();
        var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.DoesNotContain("secure", Cookie(login, "sipppid.af"), StringComparison.Ordinal);

        var signIn = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = Officer, ["Input.Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("secure", Cookie(signIn, "sipppid.auth"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Requests")).StatusCode);
    }

    [Fact]
    public async Task Over_https_every_cookie_is_secure()
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetAsync("/Account/Login");
        Assert.Contains("secure", Cookie(login, "sipppid.af"), StringComparison.Ordinal);
        var signIn = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = Officer, ["Input.Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("secure", Cookie(signIn, "sipppid.auth"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_the_trusted_proxy_https_makes_the_cookies_secure()
    {
        // nginx on the same server (the default trusted proxy) forwards an HTTPS request as plain http.
        var login = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("ppid.example.go.id");
            c.Request.Path = "/Account/Login";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        });
        Assert.Equal(200, login.Response.StatusCode);
        var cookie = login.Response.Headers.SetCookie.Single(v => v!.StartsWith("sipppid.af=", StringComparison.Ordinal))!.ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
    }

    private static string Cookie(HttpResponseMessage response, string name)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;
        Assert.True(cookie is not null, $"no {name} cookie set");
        return cookie!.ToLowerInvariant();
    }
}

/// <summary><c>Security:CookieSecure=Always</c> is accepted only when every request is HTTPS.</summary>
public sealed class SecureCookieSettingTests
{
    private static async Task<(int Code, string[] Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var db = $"--ConnectionStrings:Ppid=Data Source={Path.Combine(Path.GetTempPath(), $"sipppid-cookie-{Guid.NewGuid():N}.db")}";
        var code = await AppHost.RunAsync([.. args, db], stdout, stderr);
        return (code, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Always_secure_cookies_over_plain_http_stop_the_start_with_one_line_naming_the_setting()
    {
        var run = RunAsync("--environment=Production", "--Security:CookieSecure=Always", "--urls=http://127.0.0.1:0");
        // Not a timing assertion: without the check the web app starts and serves (a 500 on every page) until stopped.
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2))) == run, "the web app started instead of refusing the setting");
        var (code, stderr) = await run;
        Assert.Equal(ConfigurationCheck.ExitCode, code);
        var line = Assert.Single(stderr);
        Assert.StartsWith("configuration error: Security:CookieSecure=Always", line, StringComparison.Ordinal);
        Assert.Contains("Ppid:RequireHttps=true", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Always_secure_cookies_with_https_required_are_accepted()
    {
        var (code, stderr) = await RunAsync("migrate", "--Security:CookieSecure=Always", "--Ppid:RequireHttps=true");
        Assert.True(code == 0, string.Join('\n', stderr));
    }
}
