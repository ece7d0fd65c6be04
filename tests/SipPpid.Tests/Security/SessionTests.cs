using System.Net;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Session lifetimes on a clock the test moves: 8 hours idle (sliding), 12 hours at most; a password change or a lock
/// ends the account's other sessions at the next security stamp check (every minute).
/// </summary>
public sealed class SessionTests : IClassFixture<ClockedApp>, IAsyncLifetime
{
    private readonly ClockedApp _app;

    public SessionTests(ClockedApp app)
    {
        _app = app;
        _app.Clock.Offset = TimeSpan.Zero;
    }

    public async Task InitializeAsync() => await _app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpStatusCode> StatusAtAsync(HttpClient client, TimeSpan at)
    {
        _app.Clock.Offset = at;
        var response = await client.GetAsync("/Requests");
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal)
            ? HttpStatusCode.Unauthorized
            : response.StatusCode;
    }

    [Fact]
    public async Task A_session_idle_for_longer_than_the_idle_limit_ends()
    {
        var client = await _app.SignedInAsync("utama@ppid.demo");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAtAsync(client, TimeSpan.FromHours(8.1)));
    }

    [Fact]
    public async Task Activity_keeps_a_session_alive_past_the_idle_limit_but_not_past_the_absolute_limit()
    {
        var client = await _app.SignedInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, await StatusAtAsync(client, TimeSpan.FromHours(5)));
        Assert.Equal(HttpStatusCode.OK, await StatusAtAsync(client, TimeSpan.FromHours(11)));   // past the first 8 hours
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAtAsync(client, TimeSpan.FromHours(12.5)));   // 1.5 hours idle, 12.5 in all
        // Signing in again starts a new session.
        var again = await _app.SignedInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, await StatusAtAsync(again, TimeSpan.FromHours(13)));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_of_the_account_within_the_stamp_interval()
    {
        await _app.AccountAsync("ganti-sesi@matrix.test", Roles.PpidUtama);
        var other = await _app.SignedInAsync("ganti-sesi@matrix.test", TestAccounts.Password);
        var here = await _app.SignedInAsync("ganti-sesi@matrix.test", TestAccounts.Password);
        var changed = await AppFactory.PostFormAsync(here, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = TestAccounts.Password,
            ["Input.NewPassword"] = "Sandi-Baru-Sesi-2026",
            ["Input.ConfirmPassword"] = "Sandi-Baru-Sesi-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAtAsync(other, TimeSpan.FromMinutes(2)));
        Assert.Equal(HttpStatusCode.OK, await StatusAtAsync(here, TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task Locking_an_account_ends_its_sessions_and_it_cannot_sign_in_again()
    {
        var user = await _app.AccountAsync("kunci-sesi@matrix.test", Roles.PpidUtama);
        var session = await _app.SignedInAsync("kunci-sesi@matrix.test", TestAccounts.Password);
        var admin = await _app.SignedInAsync("admin@ppid.demo");
        var locked = await AppFactory.PostFormAsync(admin, $"/Users/Edit/{user.Id}?handler=Lock", [], formPage: $"/Users/Edit/{user.Id}");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAtAsync(session, TimeSpan.FromMinutes(2)));
        var retry = await AppFactory.PostFormAsync(_app.Client(), "/Account/Login", new() { ["Input.Email"] = "kunci-sesi@matrix.test", ["Input.Password"] = TestAccounts.Password });
        Assert.Contains("Akun ini dikunci oleh admin", await retry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
