using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Bench;
using SipPpid.Data;
using SipPpid.Features.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The report bench at tiny scale: its generator writes a few hundred requests over five years into a small unit
/// tree, and the figures engine and the bench's hand-written SQL statement must give identical figures, so the
/// yardstick the engine is timed against is proven to compute the same thing (on both databases).
/// </summary>
public abstract class ReportBenchSmokeTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Units.Any()) return;
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var units = await NationalData.AddUnitsAsync(db, 14);
        var data = new NationalData(calendar, seed: 3);
        Assert.Equal(1500, await data.WriteAsync(db, units, data.Rows([.. units.Keys], 1500)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", null)]
    [InlineData("2025-01-01", "2025-12-31", "A01")]
    [InlineData("2024-07-01", "2024-09-30", null)]
    [InlineData("2026-12-01", "2026-12-31", "A02")]
    public async Task Engine_and_hand_SQL_give_identical_figures(string from, string to, string? unit)
    {
        var (f, t) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        await using var scope = app.Services.CreateAsyncScope();
        var engine = await scope.ServiceProvider.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(f, t, unit), CancellationToken.None);
        var hand = await HandReportSql.RunAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), f, t, unit, asOf: ReportPeriod.AsOf(t, scope.ServiceProvider.GetRequiredService<SipPpid.Infrastructure.Time.BodyClock>().Today));
        Assert.Equal(JsonSerializer.Serialize(engine), JsonSerializer.Serialize(hand));
    }

    [Fact]
    public async Task The_generated_five_years_have_the_realistic_mix()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = (await scope.ServiceProvider.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(NationalData.Start, NationalData.End, null), CancellationToken.None))!;
        var r = report.Total.Requests;
        Assert.Equal(14, report.Units.Count);
        Assert.Equal(1500, r.Received);
        Assert.True(r.Decided > r.Received * 8 / 10, "most requests are decided");
        Assert.All(new[] { r.Withdrawn, r.Extended, r.Late, r.Overdue, report.Total.Objections.Received, report.Total.Objections.Late, report.Total.Disputes.Received }
            .Concat(r.ByDecision.Values), n => Assert.True(n > 0, JsonSerializer.Serialize(report.Total)));
    }
}

public sealed class SqliteReportBenchSmokeTests(SqliteApp app) : ReportBenchSmokeTests<SqliteApp>(app);

public sealed class PostgresReportBenchSmokeTests(PostgresApp app) : ReportBenchSmokeTests<PostgresApp>(app);
