using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

/// <summary>Stored deadlines of open requests follow every calendar change; decided requests keep theirs.</summary>
public abstract class RecomputeDeadlinesTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<InformationRequest> ReloadAsync(int id) => app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<RequestEvent>> MovesAsync(int id) => app.WithDbAsync(db =>
        db.RequestEvents.AsNoTracking().Where(e => e.RequestId == id && e.Kind == RequestEventKind.DeadlineMoved).ToListAsync());

    [Fact]
    public async Task A_holiday_inside_the_window_moves_an_open_deadline_by_one_working_day()
    {
        // Received Mon 2025-03-03: day 10 is Mon 2025-03-17 (no holiday in between in the bundled list).
        var open = await app.EnterAtDeskAsync(new DateOnly(2025, 3, 3), unit: "DINKES");
        var decided = await app.EnterAtDeskAsync(new DateOnly(2025, 3, 3), unit: "DPUPR");
        Assert.Equal(new DateOnly(2025, 3, 17), open.Deadline);
        await app.WithDbAsync(db => db.Requests.Where(r => r.Id == decided.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, RequestStatus.Decided).SetProperty(r => r.NoticeDate, new DateOnly(2025, 3, 10))));

        int moved;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            db.Holidays.Add(new Holiday { Date = new DateOnly(2025, 3, 12), Kind = HolidayKind.LiburNasional, NameId = "Libur uji" });
            await CalendarSource.MarkChangedAsync(db);
            await db.SaveChangesAsync();
            moved = (await scope.ServiceProvider.GetRequiredService<CalendarChanged>().RunAsync(Actor.System, CancellationToken.None)).RequestsMoved;
        }

        Assert.True(moved >= 1);
        Assert.Equal(new DateOnly(2025, 3, 18), (await ReloadAsync(open.Id)).Deadline);
        var e = Assert.Single(await MovesAsync(open.Id));
        Assert.Equal("Sistem", e.ActorName);
        Assert.Equal("Tenggat berubah dari 17 Maret 2025 menjadi 18 Maret 2025 karena perubahan kalender hari kerja", e.Note);
        using (var data = JsonDocument.Parse(e.Data!))
        {
            Assert.Equal("2025-03-17", data.RootElement.GetProperty("before").GetString());
            Assert.Equal("2025-03-18", data.RootElement.GetProperty("after").GetString());
        }

        Assert.Equal(new DateOnly(2025, 3, 17), (await ReloadAsync(decided.Id)).Deadline);
        Assert.Empty(await MovesAsync(decided.Id));

        // The applicant's tracking page shows the move and the new date too.
        var tracking = await app.Client().GetStringAsync($"/Lacak?nomor={Uri.EscapeDataString(open.RegistrationNumber)}&kode={open.TrackingCode}");
        Assert.Contains("Batas waktu bergeser karena perubahan kalender hari kerja", tracking);
        Assert.Contains("18 Maret 2025", tracking);

        // Nothing changed since: a second run moves nothing and records nothing.
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<CalendarChanged>().RunAsync(Actor.System, CancellationToken.None)).RequestsMoved);
        Assert.Single(await MovesAsync(open.Id));
    }

    [Fact]
    public async Task An_admin_adding_a_holiday_on_the_calendar_page_moves_open_deadlines()
    {
        // Received Mon 2025-06-02; Tue 2025-06-10 lies inside its ten working days.
        var r = await app.EnterAtDeskAsync(new DateOnly(2025, 6, 2), unit: "DINKES");
        var before = r.Deadline;
        var admin = await app.SignedInAsync("admin@ppid.demo");

        var added = await AppFactory.PostFormAsync(admin, "/Calendar/Edit", new()
        {
            ["Form.Date"] = "2025-06-10",
            ["Form.Kind"] = "LiburNasional",
            ["Form.NameId"] = "Libur uji coba",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = (await ReloadAsync(r.Id)).Deadline;
        await using var scope = app.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        Assert.Equal(calendar.AddWorkingDays(before, 1), after);
        Assert.Equal(calendar.DeadlineOf(r.ReceivedDate, null), after);
        var e = Assert.Single(await MovesAsync(r.Id));
        Assert.Equal("Administrator SIP PPID", e.ActorName);
        Assert.NotNull(e.ActorUserId);
    }

    [Fact]
    public async Task Importing_holidays_moves_open_deadlines()
    {
        // Received Mon 2025-09-01: day 10 is Tue 2025-09-16 (Fri 09-05 is a holiday); a cuti bersama on 09-03 makes it Wed 09-17.
        var r = await app.EnterAtDeskAsync(new DateOnly(2025, 9, 1), unit: "DINKES");
        await using var scope = app.Services.CreateAsyncScope();
        using var csv = new MemoryStream("date,kind,name_id\n2025-09-03,cuti_bersama,Cuti uji\n"u8.ToArray());
        var result = await scope.ServiceProvider.GetRequiredService<ImportHolidays>().RunAsync(csv);

        Assert.True(result.Succeeded);
        Assert.True(result.DeadlinesMoved >= 1);
        Assert.Equal(r.Deadline.AddDays(1), (await ReloadAsync(r.Id)).Deadline);
        Assert.Single(await MovesAsync(r.Id));
    }
}

public sealed class RecomputeDeadlinesTestsSqlite(SqliteApp app) : RecomputeDeadlinesTests<SqliteApp>(app);

public sealed class RecomputeDeadlinesTestsPostgres(PostgresApp app) : RecomputeDeadlinesTests<PostgresApp>(app);
