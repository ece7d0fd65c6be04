using Microsoft.EntityFrameworkCore;
using MimeKit;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Notifications;

public sealed class BackoffTests
{
    [Fact]
    public void Retries_back_off_exponentially_up_to_six_hours()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), OutboxSender.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(16), OutboxSender.Backoff(4));
        Assert.Equal(TimeSpan.FromMinutes(256), OutboxSender.Backoff(8));
        Assert.Equal(TimeSpan.FromHours(6), OutboxSender.Backoff(9));
        Assert.Equal(TimeSpan.FromHours(6), OutboxSender.Backoff(40));
    }
}

public abstract class OutboxSenderTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        await app.SeedDemoAsync();
        await app.DrainOutboxAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<OutboxMessage>> QueuedAsync(int requestId) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.To).ToListAsync());

    [Fact]
    public async Task An_online_request_queues_the_applicants_mail_and_tells_the_units_officers()
    {
        var r = await app.SubmitAsync(Support.Requests.Valid("DINKES"));
        var queued = await QueuedAsync(r.Id);
        Assert.Equal(["budi@example.org", "dinkes@ppid.demo"], queued.Select(m => m.To));
        Assert.Equal($"Permohonan informasi {r.RegistrationNumber} telah diterima", queued[0].Subject);
        Assert.Equal($"Permohonan baru {r.RegistrationNumber} untuk Dinas Kesehatan", queued[1].Subject);
        Assert.Contains($"/Requests/Details/{r.Id}", queued[1].Body, StringComparison.Ordinal);
        Assert.All(queued, m => Assert.Null(m.SentAtUtc));
        Assert.All(queued, m => Assert.Equal(0, m.Attempts));

        // Addressed to the PPID Utama (no unit chosen): its officers are told.
        var toUtama = await app.SubmitAsync(Support.Requests.Valid(null, "Sari Utama"));
        Assert.Contains("utama@ppid.demo", (await QueuedAsync(toUtama.Id)).Select(m => m.To));

        // At the desk the officer entered it: only the applicant is written to.
        var desk = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 2), unit: "DINKES");
        Assert.Equal(["budi@example.org"], (await QueuedAsync(desk.Id)).Select(m => m.To));
    }

    [Fact]
    public async Task The_sender_writes_an_eml_into_the_pickup_folder_and_marks_it_sent()
    {
        var r = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 3), unit: "DINKES", name: "Rina Marlina");
        using var folder = new TempFolder();
        var result = await app.SendOutboxAsync(Mail.Pickup(folder.Path));

        Assert.Equal(new OutboxSender.Result(1, 0), result);
        var file = Assert.Single(folder.Files());
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("budi@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("ppid@ppid.demo", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal($"Permohonan informasi {r.RegistrationNumber} telah diterima", message.Subject);
        Assert.Contains("Yth. Rina Marlina", message.TextBody, StringComparison.Ordinal);
        var m = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.RequestId == r.Id));
        Assert.NotNull(m.SentAtUtc);
        Assert.Null(m.LastError);

        Assert.Equal(new OutboxSender.Result(0, 0), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));
        Assert.Single(folder.Files());
    }

    [Fact]
    public async Task A_failing_smtp_server_keeps_the_message_for_a_later_attempt()
    {
        var r = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 4), unit: "DINKES");
        var before = DateTime.UtcNow;
        var failed = await app.SendOutboxAsync(Mail.ClosedSmtp());

        Assert.Equal(new OutboxSender.Result(0, 1), failed);
        var m = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.RequestId == r.Id));
        Assert.Null(m.SentAtUtc);
        Assert.Equal(1, m.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(m.LastError));
        Assert.True(m.NextAttemptAtUtc > before.AddMinutes(1.5), $"next attempt {m.NextAttemptAtUtc:O}");

        // Not due yet: a run now leaves it alone.
        using var folder = new TempFolder();
        Assert.Equal(new OutboxSender.Result(0, 0), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));

        // Once due again, a working transport delivers it.
        await app.WithDbAsync(db => db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAtUtc, DateTime.UtcNow.AddSeconds(-1))));
        Assert.Equal(new OutboxSender.Result(1, 0), await app.SendOutboxAsync(Mail.Pickup(folder.Path)));
        var sent = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(x => x.Id == m.Id));
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal(1, sent.Attempts);
        Assert.Single(folder.Files());
    }

    [Fact]
    public async Task Two_concurrent_senders_send_each_message_exactly_once()
    {
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++) db.Enqueue($"warga{i}@example.org", $"Uji {i}", "Isi uji");
            return await db.SaveChangesAsync();
        });
        using var a = new TempFolder();
        using var b = new TempFolder();

        var results = await Task.WhenAll(
            Task.Run(() => app.SendOutboxAsync(Mail.Pickup(a.Path))),
            Task.Run(() => app.SendOutboxAsync(Mail.Pickup(b.Path))));

        Assert.Equal(30, results.Sum(x => x.Sent));
        Assert.All(results, x => Assert.Equal(0, x.Failed));
        var names = a.Files().Concat(b.Files()).Select(Path.GetFileName).ToList();
        Assert.Equal(30, names.Count);
        Assert.Equal(30, names.Distinct().Count());
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.SentAtUtc == null)));
    }
}

public sealed class OutboxSenderTestsSqlite(SqliteApp app) : OutboxSenderTests<SqliteApp>(app);

public sealed class OutboxSenderTestsPostgres(PostgresApp app) : OutboxSenderTests<PostgresApp>(app);
