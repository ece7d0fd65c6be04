using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>The applicant sign-up's e-mails, read from the outbox as the applicant would read them.</summary>
public static partial class SignUps
{
    /// <summary>The activation link last mailed to <paramref name="email"/>, relative to the site.</summary>
    public static async Task<string> ActivationLinkAsync(AppFactory app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        var body = await app.WithDbAsync(db => db.Outbox.Where(m => m.To == email && m.Subject == "Aktifkan akun pemohon SIP PPID")
            .OrderByDescending(m => m.Id).Select(m => m.Body).FirstAsync());
        return Link().Match(body).Groups[1].Value;
    }

    /// <summary>Opens the activation link and presses its button.</summary>
    public static async Task<HttpResponseMessage> ActivateAsync(AppFactory app, HttpClient client, string email)
    {
        var link = await ActivationLinkAsync(app, email);
        return await AppFactory.PostFormAsync(client, link, [], formPage: link);
    }

    [GeneratedRegex(@"https?://[^/\s]+(/Akun/Daftar/Aktifkan\?token=\S+)")]
    private static partial Regex Link();
}

/// <summary>
/// Issue 12.9: sign-up and sign-in answer alike for an address with an account and one without, so neither form
/// tells anyone which addresses are registered (as "Lupa kata sandi" already did).
/// </summary>
public abstract partial class AccountEnumerationTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The page as compared: without its per-response tokens and the address the visitor typed.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> AnswerAsync(HttpResponseMessage response, string email) =>
        (response.StatusCode, Tokens().Replace((await response.Content.ReadAsStringAsync()).Replace(email, "ADDRESS", StringComparison.Ordinal), "TOKEN"));

    private async Task<(HttpStatusCode, string)> SignUpAsync(string email, string name = "Calon Pemohon") =>
        await AnswerAsync(await AppFactory.PostFormAsync(app.Client(), "/Akun/Daftar", new()
        {
            ["Input.FullName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = "Sandi-Calon-2026",
            ["Input.ConfirmPassword"] = "Sandi-Calon-2026",
        }), email);

    private async Task<(HttpStatusCode, string)> SignInAsync(string email, string password) =>
        await AnswerAsync(await AppFactory.PostFormAsync(app.Client(), "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password }), email);

    [Fact]
    public async Task Sign_up_answers_the_same_for_a_registered_and_an_unknown_address_and_creates_nothing()
    {
        var usersBefore = await app.WithDbAsync(db => db.Users.CountAsync());
        var known = await SignUpAsync("dinkes@ppid.demo");
        var unknown = await SignUpAsync("belum-terdaftar@example.org");

        Same(unknown, known);
        Assert.Equal(HttpStatusCode.OK, known.Item1);
        Assert.Contains("Periksa e-mail Anda", known.Item2, StringComparison.Ordinal);
        Assert.Equal(usersBefore, await app.WithDbAsync(db => db.Users.CountAsync()));

        // The owner of the known address is told; the unknown address gets the activation link.
        Assert.True(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.To == "dinkes@ppid.demo" && m.Subject == "Akun SIP PPID Anda sudah ada")));
        Assert.StartsWith("/Akun/Daftar/Aktifkan?token=", await SignUps.ActivationLinkAsync(app, "belum-terdaftar@example.org"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_activation_link_creates_the_account_once_and_signs_in()
    {
        await SignUpAsync("aktivasi@example.org", "Rahmat Aktif");
        var client = app.Client();
        var activated = await SignUps.ActivateAsync(app, client, "aktivasi@example.org");
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Akun/Permohonan")).StatusCode);
        var again = await SignUps.ActivateAsync(app, app.Client(), "aktivasi@example.org");
        Assert.Contains("sudah aktif", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "aktivasi@example.org" && u.FullName == "Rahmat Aktif")));

        // The password chosen at sign-up is the account's.
        var signedIn = await AppFactory.PostFormAsync(app.Client(), "/Account/Login", new() { ["Input.Email"] = "aktivasi@example.org", ["Input.Password"] = "Sandi-Calon-2026" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var forged = await app.Client().GetStringAsync("/Akun/Daftar/Aktifkan?token=palsu");
        Assert.Contains("tidak berlaku", forged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_address_a_wrong_password_and_a_locked_account()
    {
        await app.AccountAsync("terkunci@matrix.test", Infrastructure.Auth.Roles.PpidUtama);
        await app.AccountAsync("salah@matrix.test", Infrastructure.Auth.Roles.PpidUtama);
        for (var i = 0; i < 5; i++) await SignInAsync("terkunci@matrix.test", "Salah-Sandi-" + i);

        var unknown = await SignInAsync("tidak-ada@matrix.test", "Salah-Sandi-9");
        var wrong = await SignInAsync("salah@matrix.test", "Salah-Sandi-9");
        var locked = await SignInAsync("terkunci@matrix.test", "Salah-Sandi-9");
        var lockedRightPassword = await SignInAsync("terkunci@matrix.test", TestAccounts.Password);

        Same(unknown, wrong);
        Same(unknown, locked);
        Same(unknown, lockedRightPassword);
        Assert.Contains("E-mail atau kata sandi salah.", unknown.Item2, StringComparison.Ordinal);
    }

    /// <summary>Equal answers; otherwise the failure shows where they part.</summary>
    private static void Same((HttpStatusCode Status, string Html) expected, (HttpStatusCode Status, string Html) actual)
    {
        Assert.Equal(expected.Status, actual.Status);
        var at = expected.Html.Zip(actual.Html).TakeWhile(p => p.First == p.Second).Count();
        Assert.True(expected.Html == actual.Html,
            $"The answers differ at {at}:\n{expected.Html[Math.Max(0, at - 150)..Math.Min(expected.Html.Length, at + 150)]}\n---\n{actual.Html[Math.Max(0, at - 150)..Math.Min(actual.Html.Length, at + 150)]}");
    }

    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]+")]
    private static partial Regex Tokens();
}

public sealed class AccountEnumerationTestsSqlite(SqliteApp app) : AccountEnumerationTests<SqliteApp>(app);

public sealed class AccountEnumerationTestsPostgres(PostgresApp app) : AccountEnumerationTests<PostgresApp>(app);
