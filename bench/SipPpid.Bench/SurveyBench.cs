using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Survey;

namespace SipPpid.Bench;

/// <summary>
/// The satisfaction index at national scale (issue 16): a unit tree, decided requests for the population
/// (<see cref="NationalData"/>) and N survey responses dated in the report year, then per database the median of several
/// runs of <see cref="SurveyTallies.CountAsync"/> for the year over the whole tree and over one agency's subtree, against
/// the same figures from hand-written GROUP BY statements. The two must agree, or the bench fails.
/// </summary>
public static class SurveyBench
{
    public sealed record Options(int Responses = 500_000, int Units = 1_000, int Requests = 200_000, int Runs = 7, int Year = 2025);

    public static async Task RunAsync(Options o, IReadOnlyList<string?> databases)
    {
        var lines = new List<string>();
        foreach (var postgres in databases) lines.AddRange(await RunOneAsync(o, postgres));
        Console.WriteLine();
        Console.WriteLine($"{o.Responses:N0} responses in {o.Year}, {o.Requests:N0} requests over {NationalData.Start.Year}–{NationalData.End.Year}, {o.Units:N0} units; " +
                          $"median of {o.Runs} runs; {Environment.ProcessorCount} cores, load average now {LoadAverage()}");
        Console.WriteLine($"| {"database",-9} | {"measure",-52} | {"median",11} | {"",-34} |");
        Console.WriteLine($"|{new string('-', 11)}|{new string('-', 54)}|{new string('-', 13)}|{new string('-', 36)}|");
        foreach (var l in lines) Console.WriteLine(l);
    }

    private static async Task<List<string>> RunOneAsync(Options o, string? postgres)
    {
        await using var app = await BenchApp.CreateAsync(postgres);
        var db = app.Provider;
        var sw = Stopwatch.StartNew();
        string agencyPath, agency;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var ctx = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            var unitIds = await NationalData.AddUnitsAsync(ctx, o.Units);
            var data = new NationalData(calendar);
            await data.WriteAsync(ctx, unitIds, data.Rows([.. unitIds.Keys], o.Requests));
            await WriteResponsesAsync(app.Services, [.. unitIds.Values], o);
            // Statistics as the running app has them (as ReportBench): SQLite's sampled ANALYZE, PostgreSQL after autovacuum.
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

            agency = unitIds.Keys.Where(k => k.Length == 3 && k != NationalData.RootCode).Order(StringComparer.Ordinal).First();
            agencyPath = await ctx.Units.Where(u => u.Code == agency).Select(u => u.Path).FirstAsync();
            Console.WriteLine($"{db}: {o.Units:N0} units, {o.Requests:N0} requests, {await ctx.SurveyResponses.CountAsync():N0} responses written in " +
                              $"{sw.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}");
        }

        var (from, to) = (new DateOnly(o.Year, 1, 1), new DateOnly(o.Year, 12, 31));
        var lines = new List<string>();
        foreach (var (path, code, label) in new[] { ("/", (string?)null, $"whole tree ({o.Units:N0} units)"), (agencyPath, agency, $"one agency {agency}") })
        {
            SurveyReport? engine = null, hand = null;
            var engineMs = await TimeAsync(app, o.Runs, async ctx => engine = await SurveyTallies.CountAsync(ctx, path, code, from, to, default));
            var handMs = await TimeAsync(app, o.Runs, async ctx => hand = await HandAsync(ctx, path, code, from, to));
            var (e, h) = (JsonSerializer.Serialize(engine), JsonSerializer.Serialize(hand));
            if (e != h)
            {
                var prefix = Path.Combine(Path.GetTempPath(), $"sipppid-survey-bench-{db}");
                await File.WriteAllTextAsync(prefix + "-engine.json", e);
                await File.WriteAllTextAsync(prefix + "-hand.json", h);
                throw new InvalidOperationException($"{db}: SurveyTallies and the hand SQL disagree for {label}; see {prefix}-engine.json and -hand.json");
            }

            var t = engine!.Total;
            lines.Add(Line(db, $"SurveyTallies {o.Year}, {label}", engineMs,
                $"{t.Index.Respondents:N0} resp., IKM {t.Index.Converted?.ToString("0.00", CultureInfo.InvariantCulture)} {t.Index.Grade}"));
            lines.Add(Line(db, $"hand SQL GROUP BY {o.Year}, {label}", handMs, $"same figures ({engine.Units.Count:N0} units)"));
            lines.Add(Line(db, "  SurveyTallies / hand SQL", -1, (engineMs / handMs).ToString("0.00", CultureInfo.InvariantCulture) + "×"));
        }

        return lines;
    }

    private static string Line(string db, string what, double ms, string note) =>
        $"| {db,-9} | {what,-52} | {(ms < 0 ? "" : ms.ToString("N1", CultureInfo.InvariantCulture) + " ms"),11} | {note,-34} |";

    /// <summary>Responses spread over the year and the units, answers mostly 3–4 with a few unanswered elements.</summary>
    private static async Task WriteResponsesAsync(IServiceProvider services, int[] units, Options o)
    {
        var random = new Random(16);
        var first = new DateOnly(o.Year, 1, 1);
        var days = DateTime.IsLeapYear(o.Year) ? 366 : 365;
        int? Answer() => random.Next(100) switch { < 3 => null, < 8 => 1, < 20 => 2, < 60 => 3, _ => 4 };
        const int Batch = 10_000;
        for (var start = 0; start < o.Responses; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var ctx = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            ctx.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(o.Responses, start + Batch); i++)
            {
                var date = first.AddDays(random.Next(days));
                var response = new SurveyResponse
                {
                    UnitId = units[random.Next(units.Length)],
                    Date = date,
                    SubmittedAtUtc = date.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
                    Source = SurveySource.Kiosk,
                };
                response.Answers = [Answer(), Answer(), Answer(), Answer(), Answer(), Answer(), Answer(), Answer(), Answer()];
                ctx.SurveyResponses.Add(response);
            }

            ctx.ChangeTracker.DetectChanges();
            await ctx.SaveChangesAsync();
        }
    }

    /// <summary>
    /// The yardstick: the units of the subtree, one GROUP BY of the period's responses per unit (each element's sum and
    /// answer count) and one of the period's decided requests, written by hand; then the same arithmetic
    /// (<see cref="SurveyRules.Compute"/>) and the same shape as <see cref="SurveyTallies"/> so the two compare as JSON.
    /// </summary>
    private static async Task<SurveyReport> HandAsync(AppDbContext ctx, string path, string? code, DateOnly from, DateOnly to)
    {
        var conn = ctx.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        var scoped = path == "/" ? "" : "JOIN \"Units\" u ON u.\"Id\" = t.\"UnitId\" AND u.\"Path\" LIKE @prefix";
        var elements = string.Join(", ", Enumerable.Range(1, 9).Select(i => $"sum(t.\"U{i}\"), count(t.\"U{i}\")"));
        var units = await ReadAsync(conn, "SELECT \"Id\", \"Code\", \"Name\", \"Path\", \"IsActive\" FROM \"Units\" WHERE \"Path\" LIKE @prefix", path, from, to,
            r => (Id: r.GetInt32(0), Code: r.GetString(1), Name: r.GetString(2), Path: r.GetString(3), Active: r.GetBoolean(4)));
        var rows = (await ReadAsync(conn,
                $"SELECT t.\"UnitId\", count(*), {elements} FROM \"SurveyResponses\" t {scoped} WHERE t.\"Date\" >= @from AND t.\"Date\" <= @to GROUP BY t.\"UnitId\"",
                path, from, to,
                r => (Unit: r.GetInt32(0), N: Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                    Tallies: Enumerable.Range(0, 9).Select(i => new ElementTally(r.IsDBNull(2 + 2 * i) ? 0 : Convert.ToInt64(r.GetValue(2 + 2 * i), CultureInfo.InvariantCulture),
                        Convert.ToInt32(r.GetValue(3 + 2 * i), CultureInfo.InvariantCulture))).ToArray())))
            .ToDictionary(r => r.Unit);
        var population = (await ReadAsync(conn,
                $"SELECT t.\"UnitId\", count(*) FROM \"Requests\" t {scoped} WHERE t.\"NoticeDate\" >= @from AND t.\"NoticeDate\" <= @to GROUP BY t.\"UnitId\"",
                path, from, to, r => (Unit: r.GetInt32(0), N: Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture))))
            .ToDictionary(r => r.Unit, r => r.N);

        var results = units.Where(u => u.Active || rows.ContainsKey(u.Id) || population.ContainsKey(u.Id))
            .OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new SurveyResult(u.Code, u.Name, rows.TryGetValue(u.Id, out var row) ? SurveyRules.Compute(row.N, row.Tallies) : SurveyIndex.Empty,
                population.GetValueOrDefault(u.Id)))
            .ToList();
        var all = rows.Values.ToList();
        var total = SurveyRules.Compute(all.Sum(r => r.N),
            [.. Enumerable.Range(0, 9).Select(i => new ElementTally(all.Sum(r => r.Tallies[i].Sum), all.Sum(r => r.Tallies[i].Count)))]);
        var name = code is null ? "Total" : units.FirstOrDefault(u => u.Path == path).Name ?? code;
        return new SurveyReport(from, to, code, results, new SurveyResult(null, name, total, population.Values.Sum()));
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection conn, string sql, string path, DateOnly from, DateOnly to, Func<DbDataReader, T> map)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        Add(cmd, "prefix", path + "%");
        Add(cmd, "from", from);
        Add(cmd, "to", to);
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(map(reader));
        return list;
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    /// <summary>One warm-up, then the median of <paramref name="runs"/> timed runs, each with a fresh DbContext.</summary>
    private static async Task<double> TimeAsync(BenchApp app, int runs, Func<AppDbContext, Task> run)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var ctx = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sw = Stopwatch.StartNew();
            await run(ctx);
            if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
