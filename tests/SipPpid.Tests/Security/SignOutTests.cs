using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using SipPpid.Features.Demo;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Issue 12.2 (ASVS 3.3.1): signing out ends the session on the server. A copy of the cookie taken before
/// "Keluar" opens neither the pages (redirect to sign-in) nor the API (401); other sessions of the account stay.
/// </summary>
public abstract class SignOutTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private static readonly Uri Base = new("http://localhost");

    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Signs in through the form; returns the browser and the value of its sign-in cookie.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string email)
    {
        var jar = new CookieContainerHandler();
        var browser = app.CreateDefaultClient(Base, jar);
        var response = await AppFactory.PostFormAsync(browser, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = DemoProvince.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, jar.Container.GetCookies(Base)["sipppid.auth"]!.Value);
    }

    /// <summary>Another machine replaying a copied cookie.</summary>
    private HttpClient Replaying(string cookie)
    {
        var thief = app.CreateDefaultClient(Base);
        thief.DefaultRequestHeaders.Add("Cookie", "sipppid.auth=" + cookie);
        return thief;
    }

    private static bool ToSignIn(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);

    private const string Report = "/api/v1/reports/service?from=2026-01-01&to=2026-06-30";

    [Fact]
    public async Task A_cookie_copied_before_signing_out_opens_neither_pages_nor_the_api_afterwards()
    {
        var (browser, cookie) = await SignInAsync("utama@ppid.demo");
        var thief = Replaying(cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Requests")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(Report)).StatusCode);

        var logout = await AppFactory.PostFormAsync(browser, "/Account/Logout", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.True(ToSignIn(await thief.GetAsync("/Requests")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(Report)).StatusCode);
        Assert.True(ToSignIn(await browser.GetAsync("/Requests")));
    }

    [Fact]
    public async Task Signing_out_ends_that_session_only()
    {
        var (phone, _) = await SignInAsync("dinkes@ppid.demo");
        var (desk, _) = await SignInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(phone, "/Account/Logout", [], formPage: "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/Requests")).StatusCode);
        Assert.True(ToSignIn(await phone.GetAsync("/Requests")));
    }

    [Fact]
    public async Task A_session_is_a_row_and_signing_out_deletes_it()
    {
        var before = await app.WithDbAsync(db => db.UserSessions.CountAsync());
        var (browser, _) = await SignInAsync("pupr@ppid.demo");
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.UserSessions.CountAsync()));
        await AppFactory.PostFormAsync(browser, "/Account/Logout", [], formPage: "/");
        Assert.Equal(before, await app.WithDbAsync(db => db.UserSessions.CountAsync()));
    }
}

public sealed class SignOutTestsSqlite(SqliteApp app) : SignOutTests<SqliteApp>(app);

public sealed class SignOutTestsPostgres(PostgresApp app) : SignOutTests<PostgresApp>(app);
