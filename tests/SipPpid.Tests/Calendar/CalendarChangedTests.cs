using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;

using SipPpid.Tests.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Calendar;

/// <summary>
/// A calendar change moves the answer deadline of an unanswered objection and records the move on its history; a
/// decided objection keeps the deadline it was answered against (its on-time status is history).
/// </summary>
public abstract class CalendarChangedTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Objection> ReloadAsync(int id) => app.WithDbAsync(db => db.Objections.AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<List<RequestEvent>> MovesAsync(int requestId) => app.WithDbAsync(db =>
        db.RequestEvents.AsNoTracking().Where(e => e.RequestId == requestId && e.Kind == RequestEventKind.DeadlineMoved).ToListAsync());

    [Fact]
    public async Task A_holiday_added_on_the_calendar_page_moves_an_open_objections_deadline_and_records_it_but_not_a_decided_ones()
    {
        var open = await app.FiledAtDeskAsync(await app.RejectedAsync("DINKES", "Ani Lestari"), "a");
        var decided = await app.FiledAtDeskAsync(await app.RejectedAsync("DPUPR", "Bambang Wijaya"), "a");
        await app.WithDbAsync(db => db.Objections.Where(o => o.Id == decided.Id).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, ObjectionStatus.Decided).SetProperty(o => o.Decision, ObjectionDecision.Rejected)
            .SetProperty(o => o.DecisionDate, o => o.ReceivedDate)));

        // A working day inside the 30-working-day answer window of both objections.
        DateOnly holiday;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            holiday = calendar.AddWorkingDays(open.ReceivedDate, 5);
            Assert.True(holiday < open.Deadline && holiday < decided.Deadline);
        }

        var admin = await app.SignedInAsync("admin@ppid.demo");
        var added = await AppFactory.PostFormAsync(admin, "/Calendar/Edit", new()
        {
            ["Form.Date"] = holiday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Kind"] = "LiburNasional",
            ["Form.NameId"] = "Libur uji keberatan",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // The unanswered objection's deadline moved by one working day, and the move is on its history.
        var moved = await ReloadAsync(open.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            Assert.Equal(calendar.AddWorkingDays(open.Deadline, 1), moved.Deadline);
            Assert.Equal(calendar.AnswerDeadline(open.ReceivedDate), moved.Deadline);
        }

        var e = Assert.Single(await MovesAsync(open.RequestId));
        Assert.Equal("Administrator SIP PPID", e.ActorName);
        Assert.StartsWith($"Tenggat tanggapan keberatan {open.ObjectionNumber} berubah dari ", e.Note);
        using (var data = JsonDocument.Parse(e.Data!))
        {
            Assert.Equal(open.ObjectionNumber, data.RootElement.GetProperty("objection").GetString());
            Assert.Equal(open.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data.RootElement.GetProperty("before").GetString());
            Assert.Equal(moved.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data.RootElement.GetProperty("after").GetString());
        }

        var timeline = await admin.GetStringAsync($"/Requests/Details/{open.RequestId}");
        Assert.Contains("Tenggat tanggapan keberatan", timeline);

        // The decided objection keeps the deadline it was answered against; nothing is recorded for it.
        Assert.Equal(decided.Deadline, (await ReloadAsync(decided.Id)).Deadline);
        Assert.Empty(await MovesAsync(decided.RequestId));
    }
}

public sealed class CalendarChangedTestsSqlite(SqliteApp app) : CalendarChangedTests<SqliteApp>(app);

public sealed class CalendarChangedTestsPostgres(PostgresApp app) : CalendarChangedTests<PostgresApp>(app);
