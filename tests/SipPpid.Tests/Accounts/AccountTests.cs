using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Accounts;

public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_wrong_password_is_answered_in_indonesian_and_the_email_is_kept()
    {
        var client = app.Client();
        var response = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "utama@ppid.demo", ["Input.Password"] = "salah-sekali" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("E-mail atau kata sandi salah.", html);
        Assert.Contains("value=\"utama@ppid.demo\"", html);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account()
    {
        var client = app.Client();
        for (var i = 0; i < 5; i++)
            await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "pupr@ppid.demo", ["Input.Password"] = "Salah-" + i });
        var response = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "pupr@ppid.demo", ["Input.Password"] = "Demo-Kalbar-2026" });
        // Even the right password is answered like a wrong one while the account is locked (issue 12.9).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("akun dikunci sementara selama 15 menit", await response.Content.ReadAsStringAsync());
        var lockedUntil = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "pupr@ppid.demo").Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Signing_in_shows_the_staff_home_and_signing_out_ends_the_session()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var home = await client.GetStringAsync("/");
        Assert.Contains("Selamat datang, dr. Siti Rahmawati, M.Kes.", home);
        Assert.Contains("Dinas Kesehatan", home);
        // The sign-out button of the layout (every page) carries its own antiforgery token.
        var logout = await AppFactory.PostFormAsync(client, "/Account/Logout", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Units")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_enforces_the_rules_and_then_works()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var u = new AppUser { UserName = "ganti@ppid.demo", Email = "ganti@ppid.demo", FullName = "Ganti Sandi" };
            Assert.True((await users.CreateAsync(u, "Awal-Sandi-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(u, "PpidUtama")).Succeeded);
        }

        var client = await app.SignedInAsync("ganti@ppid.demo", "Awal-Sandi-2026");
        var weak = await AppFactory.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "Awal-Sandi-2026",
            ["Input.NewPassword"] = "pendek",
            ["Input.ConfirmPassword"] = "pendek",
        });
        var html = await weak.Content.ReadAsStringAsync();
        Assert.Contains("Kata sandi minimal 10 karakter.", html);

        var ok = await AppFactory.PostFormAsync(client, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "Awal-Sandi-2026",
            ["Input.NewPassword"] = "Sandi-Baru-2027",
            ["Input.ConfirmPassword"] = "Sandi-Baru-2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await app.SignedInAsync("ganti@ppid.demo", "Sandi-Baru-2027");
    }

    [Fact]
    public async Task The_english_switch_translates_the_shell()
    {
        var client = app.Client();
        Assert.Contains(">Beranda<", await client.GetStringAsync("/"));
        var switched = await client.GetAsync("/bahasa/en?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var html = await client.GetStringAsync("/");
        Assert.Contains(">Home<", html);
        Assert.Contains("lang=\"en\"", html);
        // An open redirect is refused.
        var evil = await client.GetAsync("/bahasa/id?returnUrl=//evil.example");
        Assert.Equal("/", evil.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Health_and_error_pages_answer()
    {
        var client = app.Client();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var missing = await client.GetAsync("/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unexpected_error_shows_the_friendly_indonesian_page_without_details()
    {
        using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnPurpose()))));
        var client = failing.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/?gagal=1");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi kesalahan", html);
        Assert.Contains("Kode kejadian", html);
        Assert.DoesNotContain(FailOnPurpose.Secret, html);
        Assert.DoesNotContain("at SipPpid", html);
    }

    /// <summary>Throws on "/?gagal=1", as an unexpected failure inside a page would.</summary>
    private sealed class FailOnPurpose : IAsyncPageFilter
    {
        public const string Secret = "rahasia-tumpukan-panggilan";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Path == "/" && context.HttpContext.Request.Query.ContainsKey("gagal")
                ? throw new InvalidOperationException(Secret)
                : next();
    }
}

public sealed class AccountTestsSqlite(SqliteApp app) : AccountTests<SqliteApp>(app);

public sealed class AccountTestsPostgres(PostgresApp app) : AccountTests<PostgresApp>(app);
