using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SipPpid.Features.Demo;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>
/// Two app instances on one database behind a load balancer: whatever instance a browser reaches, its sign-in
/// cookie and its form tokens hold, because the Data Protection keys live in the database under one name.
/// </summary>
public abstract class TwoInstanceSignInTests<TApp>(TApp first) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await first.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>One browser (one cookie jar) talking to either instance.</summary>
    private static (HttpClient A, HttpClient B) Browser(AppFactory a, AppFactory b)
    {
        var cookies = new CookieContainer();
        return (a.CreateDefaultClient(new CookieContainerHandler(cookies)), b.CreateDefaultClient(new CookieContainerHandler(cookies)));
    }

    private static Dictionary<string, string> Credentials() => new()
    {
        ["Input.Email"] = "utama@ppid.demo",
        ["Input.Password"] = DemoProvince.Password,
    };

    [Fact]
    public async Task A_sign_in_on_one_instance_is_valid_on_the_other()
    {
        await using var second = new SecondInstance(first.Database);
        var (a, b) = Browser(first, second);
        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/Requests")).StatusCode);

        var login = await AppFactory.PostFormAsync(a, "/Account/Login", Credentials());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/Requests")).StatusCode);

        // The keys are the database's, not a folder both test hosts happen to share on this machine.
        Assert.NotEmpty(await first.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().ToListAsync()));
        foreach (var app in new AppFactory[] { first, second })
            Assert.Equal("SipPpid", app.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
    }

    [Fact]
    public async Task A_form_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        await using var second = new SecondInstance(first.Database);
        var (a, b) = Browser(first, second);
        var form = await a.GetStringAsync("/Account/Login");
        var token = AppFactory.FormToken(form);

        var tampered = Credentials();
        tampered["__RequestVerificationToken"] = token[..^4] + "AAAA";
        Assert.Equal(HttpStatusCode.BadRequest, (await b.PostAsync("/Account/Login", new FormUrlEncodedContent(tampered))).StatusCode);

        var fields = Credentials();
        fields["__RequestVerificationToken"] = token;
        var login = await b.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/Requests")).StatusCode);
    }
}

public sealed class SqliteTwoInstanceSignInTests(SqliteApp app) : TwoInstanceSignInTests<SqliteApp>(app);

public sealed class PostgresTwoInstanceSignInTests(PostgresApp app) : TwoInstanceSignInTests<PostgresApp>(app);
