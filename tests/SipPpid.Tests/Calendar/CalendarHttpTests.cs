using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Calendar;

public abstract class CalendarHttpTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> DeadlineAsync(HttpClient client, string date)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/calendar/add?date={date}&days=10"));
        return doc.RootElement.GetProperty("result").GetString()!;
    }

    [Fact]
    public async Task The_bundled_holidays_are_loaded_and_the_api_answers_the_worked_example()
    {
        var client = app.Client();
        Assert.Equal("2026-01-20", await DeadlineAsync(client, "2026-01-05"));
        using var count = JsonDocument.Parse(await client.GetStringAsync("/api/v1/calendar/count?from=2026-01-05&to=2026-01-20"));
        Assert.Equal(10, count.RootElement.GetProperty("workingDays").GetInt32());
        var bad = await client.GetAsync("/api/v1/calendar/add?date=05-01-2026&days=10");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("date", await bad.Content.ReadAsStringAsync());
        Assert.Equal(109 - 1, await app.WithDbAsync(db => db.Holidays.CountAsync()));
    }

    [Fact]
    public async Task An_admin_edit_of_a_holiday_moves_deadlines_at_once_and_is_audited()
    {
        var admin = await app.SignedInAsync("admin@ppid.demo");
        Assert.Equal("2026-02-02", await DeadlineAsync(admin, "2026-01-19"));

        var added = await AppFactory.PostFormAsync(admin, "/Calendar/Edit", new()
        {
            ["Form.Date"] = "2026-01-21",
            ["Form.Kind"] = "LiburNasional",
            ["Form.NameId"] = "Libur uji coba",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("2026-02-03", await DeadlineAsync(admin, "2026-01-19"));

        var deleted = await AppFactory.PostFormAsync(admin, "/Calendar/Edit?handler=Delete", new() { ["originalDate"] = "2026-01-21" }, formPage: "/Calendar/Edit?date=2026-01-21");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("2026-02-02", await DeadlineAsync(admin, "2026-01-19"));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("holiday.create", actions);
        Assert.Contains("holiday.delete", actions);
    }

    [Fact]
    public async Task Counting_cuti_bersama_as_working_days_is_a_setting()
    {
        var admin = await app.SignedInAsync("admin@ppid.demo");
        Assert.Equal("2026-04-08", await DeadlineAsync(admin, "2026-03-17"));
        var on = await AppFactory.PostFormAsync(admin, "/Calendar?handler=CutiBersama", new() { ["year"] = "2026", ["working"] = "true" }, formPage: "/Calendar");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal("2026-04-01", await DeadlineAsync(admin, "2026-03-17"));
        await AppFactory.PostFormAsync(admin, "/Calendar?handler=CutiBersama", new() { ["year"] = "2026", ["working"] = "false" }, formPage: "/Calendar");
        Assert.Equal("2026-04-08", await DeadlineAsync(admin, "2026-03-17"));
    }

    [Fact]
    public async Task Holidays_are_edited_by_admins_only()
    {
        var utama = await app.SignedInAsync("utama@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, (await utama.GetAsync("/Calendar?year=2026")).StatusCode);
        var edit = await utama.GetAsync("/Calendar/Edit?date=2026-01-16");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Contains("AccessDenied", edit.Headers.Location!.ToString());
    }
}

public sealed class CalendarHttpTestsSqlite(SqliteApp app) : CalendarHttpTests<SqliteApp>(app);

public sealed class CalendarHttpTestsPostgres(PostgresApp app) : CalendarHttpTests<PostgresApp>(app);
