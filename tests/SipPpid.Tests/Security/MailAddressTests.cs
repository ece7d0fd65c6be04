using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Email;
using SipPpid.Tests.Shell;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Issue 12.7: an address the mailer cannot parse never gets in (one check, MimeKit's strict parser, used everywhere),
/// and a message the outbox cannot send is given up after a bounded number of attempts and shown to the officers.
/// </summary>
public sealed partial class MailAddressRuleTests
{
    public const string Injected = "\"><img src=x onerror=alert(1)>@example.org";

    [Theory]
    [InlineData(Injected)]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("Budi <budi@example.org>")]
    [InlineData("budi@example.org, sari@example.org")]
    [InlineData("budi@example.org\r\nBcc: sari@example.org")]
    [InlineData("budi@@example.org")]
    [InlineData("budi@")]
    [InlineData("budi")]
    [InlineData("bu di@example.org")]
    public void Addresses_the_mailer_cannot_use_are_refused(string address) => Assert.False(MailAddresses.IsValid(address));

    [Theory]
    [InlineData("budi@example.org")]
    [InlineData("budi.santoso+ppid@dinkes.kalbarprov.go.id")]
    [InlineData("  sari@example.org ")]
    public void Ordinary_addresses_are_accepted(string address) => Assert.True(MailAddresses.IsValid(address));

    [Fact]
    public void Every_address_check_in_the_sources_is_the_one_rule()
    {
        var src = Path.Combine(TranslationTests.RepoRoot(), "src", "SipPpid");
        var found = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => OtherRule().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Use MailAddresses.IsValid / [MailAddress]:\n" + string.Join("\n", found));
    }

    [GeneratedRegex(@"\[EmailAddress\b|EmailAddressAttribute")]
    private static partial Regex OtherRule();
}

public abstract class MailAddressTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        await app.SeedDemoAsync();
        await app.DrainOutboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_intake_api_refuses_an_address_the_mailer_cannot_parse()
    {
        var input = Support.Requests.Valid("DINKES", "Alamat Rusak");
        input.ApplicantEmail = MailAddressRuleTests.Injected;
        var response = await app.Client().PostAsJsonAsync("/api/v1/requests", input);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Alamat e-mail tidak valid.", json.RootElement.GetProperty("errors").GetProperty("applicantEmail")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Alamat Rusak")));
    }

    [Fact]
    public async Task Applicant_sign_up_refuses_an_address_the_mailer_cannot_parse()
    {
        var response = await AppFactory.PostFormAsync(app.Client(), "/Akun/Daftar", new()
        {
            ["Input.FullName"] = "Alamat Rusak",
            ["Input.Email"] = MailAddressRuleTests.Injected,
            ["Input.Password"] = "Sandi-Kuat-2026",
            ["Input.ConfirmPassword"] = "Sandi-Kuat-2026",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail tidak valid.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.FullName == "Alamat Rusak")));
    }

    [Fact]
    public async Task An_unparseable_address_already_queued_is_given_up_at_once_and_shown_on_the_request()
    {
        // As an address stored before the rule existed.
        var r = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 9), unit: "DINKES", name: "Warga Lama");
        await app.WithDbAsync(db => db.Outbox.Where(m => m.RequestId == r.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.To, MailAddressRuleTests.Injected)));
        using var folder = new TempFolder();

        Assert.Equal(new OutboxSender.Result(0, 1), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));
        // Even when due again it is not tried any more.
        await app.WithDbAsync(db => db.Outbox.Where(m => m.RequestId == r.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(new OutboxSender.Result(0, 0), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));
        var m = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.RequestId == r.Id));
        Assert.Null(m.SentAtUtc);
        Assert.True(m.IsGivenUp());
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.Where(OutboxMessage.Waiting).CountAsync(x => x.RequestId == r.Id)));

        var officer = await app.SignedInAsync("dinkes@ppid.demo");
        var page = await officer.GetStringAsync($"/Requests/Details/{r.Id}");
        Assert.Contains("notification-failed", page, StringComparison.Ordinal);
        Assert.Contains($"Gagal dikirim setelah {OutboxMessage.MaxAttempts} percobaan", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_failing_again_and_again_is_given_up_after_the_last_attempt()
    {
        var r = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 10), unit: "DINKES", name: "Server Mati");
        await app.WithDbAsync(db => db.Outbox.Where(m => m.RequestId == r.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, OutboxMessage.MaxAttempts - 1)));

        Assert.Equal(new OutboxSender.Result(0, 1), await app.SendOutboxAsync(Mail.ClosedSmtp()));
        await app.WithDbAsync(db => db.Outbox.Where(m => m.RequestId == r.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        using var folder = new TempFolder();
        Assert.Equal(new OutboxSender.Result(0, 0), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));
        var m = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.RequestId == r.Id));
        Assert.Equal(OutboxMessage.MaxAttempts, m.Attempts);
        Assert.True(m.IsGivenUp());
    }
}

public sealed class MailAddressTestsSqlite(SqliteApp app) : MailAddressTests<SqliteApp>(app);

public sealed class MailAddressTestsPostgres(PostgresApp app) : MailAddressTests<PostgresApp>(app);
