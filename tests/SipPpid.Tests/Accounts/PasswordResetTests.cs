using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Accounts;

/// <summary>
/// "Lupa kata sandi": the same answer for a known and an unknown address, a link by e-mail through the outbox, a
/// new password through it once, and the account told of the change.
/// </summary>
public abstract partial class PasswordResetTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Answer = "Bila e-mail tersebut terdaftar, kami telah mengirim tautan";

    private Task<List<OutboxMessage>> MailsToAsync(string email) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    private async Task<string> RequestLinkAsync(string email)
    {
        var response = await AppFactory.PostFormAsync(app.Client(), "/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Answer, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = (await MailsToAsync(email)).Last();
        Assert.Equal("Atur ulang kata sandi SIP PPID", mail.Subject);
        return new Uri(Link().Match(mail.Body).Value).PathAndQuery;
    }

    [Fact]
    public async Task The_answer_does_not_reveal_whether_an_address_has_an_account()
    {
        await app.AccountAsync("ada@contoh.id", Roles.Applicant, "Sandi-Lama-2026");
        var known = await AppFactory.PostFormAsync(app.Client(), "/Account/ForgotPassword", new() { ["Input.Email"] = "ada@contoh.id" });
        var unknown = await AppFactory.PostFormAsync(app.Client(), "/Account/ForgotPassword", new() { ["Input.Email"] = "tidak-ada@contoh.id" });
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(MainOf(await known.Content.ReadAsStringAsync()), MainOf(await unknown.Content.ReadAsStringAsync()));
        Assert.Single(await MailsToAsync("ada@contoh.id"));
        Assert.Empty(await MailsToAsync("tidak-ada@contoh.id"));
    }

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_once_and_the_owner_is_told()
    {
        await app.AccountAsync("lupa@contoh.id", Roles.Applicant, "Sandi-Lama-2026");
        var link = await RequestLinkAsync("lupa@contoh.id");
        var client = app.Client();
        var page = await client.GetAsync(link);
        Assert.DoesNotContain("reset-link-invalid", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var weak = await AppFactory.PostFormAsync(client, link, new() { ["Input.NewPassword"] = "pendek", ["Input.ConfirmPassword"] = "pendek" }, formPage: link);
        Assert.Contains("Kata sandi minimal 10 karakter.", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await AppFactory.PostFormAsync(client, link, new() { ["Input.NewPassword"] = "Sandi-Baru-2027", ["Input.ConfirmPassword"] = "Sandi-Baru-2027" }, formPage: link);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/Account/Login", done.Headers.Location!.OriginalString);
        await app.SignedInAsync("lupa@contoh.id", "Sandi-Baru-2027");
        var old = await AppFactory.PostFormAsync(app.Client(), "/Account/Login", new() { ["Input.Email"] = "lupa@contoh.id", ["Input.Password"] = "Sandi-Lama-2026" });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);

        // Used once: the link is dead now.
        Assert.Contains("reset-link-invalid", await (await app.Client().GetAsync(link)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await AppFactory.PostFormAsync(app.Client(), link, new() { ["Input.NewPassword"] = "Sandi-Ketiga-2028", ["Input.ConfirmPassword"] = "Sandi-Ketiga-2028" }, formPage: "/Account/Login");
        Assert.Contains("reset-link-invalid", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mails = await MailsToAsync("lupa@contoh.id");
        Assert.Equal("Kata sandi SIP PPID Anda telah diubah", mails.Last().Subject);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == "lupa@contoh.id").Select(a => a.Action).ToListAsync());
        Assert.Contains("account.password-reset-requested", actions);
        Assert.Contains("account.password-reset", actions);
    }

    [Fact]
    public async Task A_reset_lifts_a_lock_after_failed_sign_ins_but_an_admin_lock_gets_no_link()
    {
        var user = await app.AccountAsync("terkunci@contoh.id", Roles.Applicant, "Sandi-Lama-2026");
        for (var i = 0; i < 5; i++)
            await AppFactory.PostFormAsync(app.Client(), "/Account/Login", new() { ["Input.Email"] = "terkunci@contoh.id", ["Input.Password"] = "Salah-Sandi-" + i });
        var link = await RequestLinkAsync("terkunci@contoh.id");
        var done = await AppFactory.PostFormAsync(app.Client(), link, new() { ["Input.NewPassword"] = "Sandi-Baru-2027", ["Input.ConfirmPassword"] = "Sandi-Baru-2027" }, formPage: link);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        await app.SignedInAsync("terkunci@contoh.id", "Sandi-Baru-2027");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.MaxValue);
        }

        var before = (await MailsToAsync("terkunci@contoh.id")).Count;
        var answer = await AppFactory.PostFormAsync(app.Client(), "/Account/ForgotPassword", new() { ["Input.Email"] = "terkunci@contoh.id" });
        Assert.Contains(Answer, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await MailsToAsync("terkunci@contoh.id")).Count);
    }

    [Fact]
    public void Reset_links_expire_after_the_configured_minutes()
    {
        var lifespan = app.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;
        Assert.Equal(TimeSpan.FromMinutes(60), lifespan);
    }

    private static string MainOf(string html) => Regex.Match(html, "<main.*?</main>", RegexOptions.Singleline).Value;

    [GeneratedRegex(@"http://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex Link();
}

public sealed class PasswordResetTestsSqlite(SqliteApp app) : PasswordResetTests<SqliteApp>(app);

public sealed class PasswordResetTestsPostgres(PostgresApp app) : PasswordResetTests<PostgresApp>(app);
