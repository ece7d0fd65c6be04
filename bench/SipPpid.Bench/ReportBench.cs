using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SipPpid.Data;
using SipPpid.Features.RegisterImport;
using SipPpid.Features.Reports;

namespace SipPpid.Bench;

/// <summary>
/// The service report at national scale: a unit tree and requests over five years (<see cref="NationalData"/>)
/// written into SQLite and PostgreSQL, then, per database, the median of several runs of the figures engine for
/// one year over the whole tree and over one agency's subtree, the same figures from the hand-written SQL
/// statement (<see cref="HandReportSql"/>), and the register import's rows per second into the full database.
/// The engine's and the hand SQL's figures must be identical, or the bench fails.
/// </summary>
public static class ReportBench
{
    public sealed record Options(int Requests = 1_000_000, int Units = 1_000, int ImportRows = 100_000, int Runs = 7, int Year = 2025);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private sealed record Line(string Database, string What, double Ms, string Note);

    /// <summary>Wall time and this process's CPU time of one measure (medians); for SQLite, which runs in process, CPU
    /// time is the work itself and stays comparable when other jobs share the machine.</summary>
    private sealed record Timing(double Ms, double CpuMs);

    public static async Task RunAsync(Options o, IReadOnlyList<string?> databases)
    {
        var lines = new List<Line>();
        foreach (var postgres in databases) lines.AddRange(await RunOneAsync(o, postgres));

        Console.WriteLine();
        Console.WriteLine($"{o.Requests:N0} requests over {NationalData.Start.Year}–{NationalData.End.Year}, {o.Units:N0} units; report year {o.Year}; median of {o.Runs} runs; " +
                          $"{Environment.ProcessorCount} cores, load average now {LoadAverage()}");
        Console.WriteLine($"| {"database",-9} | {"measure",-58} | {"median",12} | {"",-36} |");
        Console.WriteLine($"|{new string('-', 11)}|{new string('-', 60)}|{new string('-', 14)}|{new string('-', 38)}|");
        foreach (var l in lines)
            Console.WriteLine($"| {l.Database,-9} | {l.What,-58} | {(l.Ms < 0 ? "" : l.Ms.ToString("N1", CultureInfo.InvariantCulture) + " ms"),12} | {l.Note,-36} |");
    }

    private static async Task<List<Line>> RunOneAsync(Options o, string? postgres)
    {
        await using var app = await BenchApp.CreateAsync(postgres);
        var db = app.Provider;
        var lines = new List<Line>();
        var sw = Stopwatch.StartNew();
        string agency;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var ctx = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            var unitIds = await NationalData.AddUnitsAsync(ctx, o.Units);
            var data = new NationalData(calendar);
            var written = await data.WriteAsync(ctx, unitIds, data.Rows([.. unitIds.Keys], o.Requests));
            // Statistics as the running app has them: on SQLite the app's own sampled ANALYZE, on PostgreSQL what
            // autovacuum does soon after a bulk load (VACUUM sets the visibility map that index-only scans need), and
            // the SSD page cost docs/operations.md sets (the default of 4 makes one agency's report read the whole
            // year's rows instead of its units' index ranges: 227 ms instead of 70 ms for its request query).
            if (ctx.Database.IsSqlite())
            {
                await SqliteStatistics.RefreshAsync(ctx, force: true);
            }
            else
            {
                await ctx.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
                await ctx.Database.ExecuteSqlRawAsync(
                    "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database()); END $$");
                NpgsqlConnection.ClearAllPools();
            }
            agency = unitIds.Keys.Where(k => k.Length == 3 && k != NationalData.RootCode).Order(StringComparer.Ordinal).FirstOrDefault() ?? NationalData.RootCode;
            Console.WriteLine($"{db}: {written:N0} requests in {o.Units:N0} units written in {sw.Elapsed.TotalSeconds:F1} s " +
                              $"({await ctx.Objections.CountAsync():N0} objections, {await ctx.Disputes.CountAsync():N0} disputes); load average {LoadAverage()}");
        }

        var (from, to) = (new DateOnly(o.Year, 1, 1), new DateOnly(o.Year, 12, 31));
        var subtree = await CountAsync(app, agency);
        foreach (var (unit, label) in new[] { ((string?)null, $"whole tree ({o.Units:N0} units)"), (agency, $"one agency {agency} ({subtree} units)") })
        {
            ServiceReportResult? engine = null, hand = null;
            var engineTime = await TimeAsync(app, o.Runs, async sp => engine = await sp.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(from, to, unit), default));
            var handTime = await TimeAsync(app, o.Runs, async sp => hand = await HandReportSql.RunAsync(sp.GetRequiredService<AppDbContext>(), from, to, unit,
                asOf: ReportPeriod.AsOf(to, sp.GetRequiredService<SipPpid.Infrastructure.Time.BodyClock>().Today)));
            if (JsonSerializer.Serialize(engine, Indented) is var e && JsonSerializer.Serialize(hand, Indented) is var h && e != h)
            {
                var prefix = Path.Combine(Path.GetTempPath(), $"sipppid-bench-{db}");
                await File.WriteAllTextAsync(prefix + "-engine.json", e);
                await File.WriteAllTextAsync(prefix + "-hand.json", h);
                throw new InvalidOperationException($"{db}: the engine and the hand SQL disagree for {label}; see {prefix}-engine.json and -hand.json");
            }
            var inProcess = db == "sqlite";
            string Cpu(Timing t) => inProcess ? $"; CPU {t.CpuMs:N0} ms" : "";
            lines.Add(new Line(db, $"ServiceReport {o.Year}, {label}", engineTime.Ms, $"{engine!.Total.Requests.Received:N0} requests{Cpu(engineTime)}"));
            lines.Add(new Line(db, $"hand SQL {o.Year}, {label}", handTime.Ms, $"same figures{Cpu(handTime)}"));
            lines.Add(new Line(db, "  engine / hand SQL", -1, Ratio(engineTime.Ms, handTime.Ms) + (inProcess ? $" (CPU {Ratio(engineTime.CpuMs, handTime.CpuMs)})" : "")));
        }

        lines.Add(await ImportAsync(app, o));
        return lines;
    }

    /// <summary>The 1-minute load average (Linux), so figures taken on a busy machine say so.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<int> CountAsync(BenchApp app, string agency)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Units.CountAsync(u => u.Path.StartsWith("/" + NationalData.RootCode + "/" + agency + "/"));
    }

    /// <summary>One warm-up, then the median of <paramref name="runs"/> timed runs, each in a fresh scope (a new DbContext).</summary>
    private static async Task<Timing> TimeAsync(BenchApp app, int runs, Func<IServiceProvider, Task> run)
    {
        var (times, cpu) = (new List<double>(), new List<double>());
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            await run(scope.ServiceProvider);
            if (i == 0) continue;
            times.Add(sw.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        return new Timing(Median(times), Median(cpu));
    }

    private static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[xs.Count / 2 - 1] + xs[xs.Count / 2]) / 2;
    }

    private static string Ratio(double a, double b) => (a / b).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    /// <summary>The register import of a generated CSV of new requests into the full database, all-or-nothing.</summary>
    private static async Task<Line> ImportAsync(BenchApp app, Options o)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var ctx = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var codes = await ctx.Units.Select(u => u.Code).ToListAsync();
        var csv = Encoding.UTF8.GetBytes(NationalData.Csv(new NationalData(calendar, seed: 7).Rows(codes, o.ImportRows, prefix: "IMP-")));
        var sw = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<ImportRegister>().RunAsync(new MemoryStream(csv), ImportRegister.FileFormat.Csv);
        var s = sw.Elapsed.TotalSeconds;
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors.Take(10)));
        return new Line(app.Provider, $"register import, {result.Added:N0} rows CSV ({csv.Length / 1024 / 1024} MB) into the full DB", s * 1000,
            $"{result.Added / s:N0} rows/s");
    }
}
