using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Rules;

/// <summary>
/// At start-up, stored deadline columns computed by other deadline rules than the code's (a stored rules version that
/// differs) are recomputed, and the code's version is stored; the rules give the same answer in SQL as in C#.
/// </summary>
public abstract class RulesVersionTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_stale_rules_version_at_start_up_recomputes_the_columns_and_stores_the_version()
    {
        // Received Mon 2025-03-03: day 10 is Mon 2025-03-17, day 17 Wed 2025-03-26.
        var r = await app.EnterAtDeskAsync(new DateOnly(2025, 3, 3), unit: "DINKES");
        Assert.Equal(ServiceDeadlines.RulesVersion, await app.WithDbAsync(db => db.GetSettingAsync(SettingKeys.RulesVersion)));
        // As if computed by rules of other day counts.
        await app.WithDbAsync(async db =>
        {
            await db.Requests.Where(x => x.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.FirstDeadline, new DateOnly(2025, 3, 14))
                .SetProperty(x => x.ExtendedDeadline, new DateOnly(2025, 3, 21)).SetProperty(x => x.Deadline, new DateOnly(2025, 3, 14)));
            await db.SetSettingAsync(SettingKeys.RulesVersion, "0:stale");
            return await db.SaveChangesAsync();
        });

        await AppInitializer.InitializeAsync(app.Services);

        var after = await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(x => x.Id == r.Id));
        Assert.Equal(new DateOnly(2025, 3, 17), after.FirstDeadline);
        Assert.Equal(new DateOnly(2025, 3, 26), after.ExtendedDeadline);
        Assert.Equal(new DateOnly(2025, 3, 17), after.Deadline);
        Assert.Equal(ServiceDeadlines.RulesVersion, await app.WithDbAsync(db => db.GetSettingAsync(SettingKeys.RulesVersion)));
        var moved = await app.WithDbAsync(db => db.RequestEvents.AsNoTracking().Where(e => e.RequestId == r.Id && e.Kind == RequestEventKind.DeadlineMoved).ToListAsync());
        Assert.Equal("Sistem", Assert.Single(moved).ActorName);

        // The version is current now: a second start changes and records nothing.
        await AppInitializer.InitializeAsync(app.Services);
        Assert.Single(await app.WithDbAsync(db => db.RequestEvents.AsNoTracking().Where(e => e.RequestId == r.Id && e.Kind == RequestEventKind.DeadlineMoved).ToListAsync()));
    }

    [Fact]
    public async Task The_rules_answer_the_same_in_the_database_as_in_csharp()
    {
        // Received Mon 2025-05-05; extension notices before, on and after day 10, and none; one request decided.
        var received = new DateOnly(2025, 5, 5);
        var ids = new List<int>();
        foreach (var unit in new[] { "DINKES", "DPUPR", "DINKES", "DPUPR" })
            ids.Add((await app.EnterAtDeskAsync(received, unit: unit)).Id);
        DateOnly?[] extensions = [null, received.AddDays(2), new DateOnly(2025, 5, 19), new DateOnly(2025, 5, 30)];
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var id = ids[i];
                var e = extensions[i];
                await db.Requests.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExtensionDate, e)
                    .SetProperty(x => x.Status, i == 3 ? RequestStatus.Decided : RequestStatus.InProcess));
            }

            return 0;
        });
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CalendarChanged>().RunAsync(Actor.System, CancellationToken.None);

        var today = new DateOnly(2025, 5, 19);
        await using var s2 = app.Services.CreateAsyncScope();
        var db2 = s2.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await s2.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var until = calendar.DueSoonUntil(today);
        var rows = await db2.Requests.AsNoTracking().Where(x => ids.Contains(x.Id)).ToListAsync();
        var inSql = new
        {
            Open = await db2.Requests.Where(x => ids.Contains(x.Id)).Where(RequestRules.Open).Select(x => x.Id).ToListAsync(),
            Valid = await db2.Requests.Where(x => ids.Contains(x.Id)).Where(RequestRules.ExtensionValid).Select(x => x.Id).ToListAsync(),
            DueSoon = await db2.Requests.Where(x => ids.Contains(x.Id)).Where(RequestRules.Open).Where(RequestRules.DueSoon(today, until)).Select(x => x.Id).ToListAsync(),
        };
        Assert.Equal(rows.Where(x => x.IsOpen()).Select(x => x.Id).Order(), inSql.Open.Order());
        Assert.Equal(rows.Where(x => calendar.IsValidExtension(x.ReceivedDate, x.ExtensionDate)).Select(x => x.Id).Order(), inSql.Valid.Order());
        Assert.Equal([ids[1], ids[2]], inSql.Valid.Order());
        Assert.Equal(rows.Where(x => x.IsOpen() && calendar.Describe(x, today).State == DeadlineState.DueSoon).Select(x => x.Id).Order(), inSql.DueSoon.Order());
        Assert.Equal([ids[0]], inSql.DueSoon);
    }
}

public sealed class RulesVersionTestsSqlite(SqliteApp app) : RulesVersionTests<SqliteApp>(app);

public sealed class RulesVersionTestsPostgres(PostgresApp app) : RulesVersionTests<PostgresApp>(app);
