using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Notifications;

public abstract class DueSoonReminderTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A receipt date (not in the future) whose deadline is the next working day: due soon today.</summary>
    private async Task<DateOnly> ReceivedForDeadlineTomorrowAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
        var target = calendar.AddWorkingDays(today, 1);
        var received = today;
        while (calendar.DeadlineOf(received, null) != target) received = received.AddDays(-1);
        return received;
    }

    private Task<List<OutboxMessage>> RemindersAsync(int requestId) => app.WithDbAsync(db =>
        db.Outbox.AsNoTracking().Where(m => m.RequestId == requestId && m.Subject.StartsWith("Segera jatuh tempo")).OrderBy(m => m.To).ToListAsync());

    [Fact]
    public async Task The_units_officer_is_reminded_once_per_deadline()
    {
        var received = await ReceivedForDeadlineTomorrowAsync();
        var r = await app.EnterAtDeskAsync(received, unit: "DINKES");
        var notDue = await app.EnterAtDeskAsync(received.AddDays(7), unit: "DINKES"); // deadline a week after tomorrow

        Assert.True(await app.RemindDueSoonAsync() >= 1);
        Assert.Equal(0, await app.RemindDueSoonAsync());

        var mail = Assert.Single(await RemindersAsync(r.Id));
        Assert.Equal("dinkes@ppid.demo", mail.To);
        Assert.Equal($"Segera jatuh tempo: permohonan {r.RegistrationNumber}", mail.Subject);
        Assert.Contains(r.RegistrationNumber, mail.Body, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(x => x.Id == r.Id));
        Assert.Equal(stored.Deadline, stored.DueSoonRemindedFor);
        Assert.Empty(await RemindersAsync(notDue.Id));

        // A moved deadline is a new deadline: reminded again, once.
        await app.WithDbAsync(db => db.Requests.Where(x => x.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueSoonRemindedFor, stored.Deadline.AddDays(-1))));
        await app.RemindDueSoonAsync();
        Assert.Equal(2, (await RemindersAsync(r.Id)).Count);
    }

    [Fact]
    public async Task Requests_at_the_ppid_utama_go_to_its_officers_and_decided_ones_to_nobody()
    {
        var received = await ReceivedForDeadlineTomorrowAsync();
        var atRoot = await app.EnterAtDeskAsync(received);
        var decided = await app.EnterAtDeskAsync(received, unit: "DPUPR");
        await app.WithDbAsync(db => db.Requests.Where(x => x.Id == decided.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, RequestStatus.Decided)));

        await app.RemindDueSoonAsync();

        Assert.Equal(["utama@ppid.demo"], (await RemindersAsync(atRoot.Id)).Select(m => m.To));
        Assert.Empty(await RemindersAsync(decided.Id));
    }
}

public sealed class DueSoonReminderTestsSqlite(SqliteApp app) : DueSoonReminderTests<SqliteApp>(app);

public sealed class DueSoonReminderTestsPostgres(PostgresApp app) : DueSoonReminderTests<PostgresApp>(app);
