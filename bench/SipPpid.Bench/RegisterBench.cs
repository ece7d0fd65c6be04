using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Demo;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Bench;

/// <summary>
/// The Register Permohonan at scale: N requests over two years in the demo province (45 units), then the list
/// page's queries (count + one page, filtered and unfiltered) and the full export to XLSX and CSV, timed.
/// </summary>
public static class RegisterBench
{
    public static async Task RunAsync(int count, string? postgres)
    {
        var (db, cleanup) = await CreateDatabaseAsync(postgres);
        try
        {
            var sw = Stopwatch.StartNew();
            await SeedAsync(db, count);
            Console.WriteLine($"provider {(postgres is null ? "sqlite" : "postgres")}, {count:N0} requests generated in {sw.Elapsed.TotalSeconds:F1} s");

            var calendar = new WorkingCalendar(await db.Holidays.AsNoTracking().ToListAsync(), false);
            var today = new DateOnly(2026, 11, 24);
            var dinkesPath = await db.Units.Where(u => u.Code == "DINKES").Select(u => u.Path).SingleAsync();
            var cases = new (string Name, UnitScope Scope, RequestFilter Filter)[]
            {
                ("all units, no filter", UnitScope.All, new RequestFilter()),
                ("all units, overdue", UnitScope.All, new RequestFilter { State = "overdue" }),
                ("all units, text search", UnitScope.All, new RequestFilter { Q = "stunting" }),
                ("all units, 2026, channel web, by deadline", UnitScope.All, new RequestFilter { From = new(2026, 1, 1), To = new(2026, 12, 31), Channel = "web", Sort = "deadline" }),
                ("one pembantu (DINKES)", UnitScope.Subtree(dinkesPath), new RequestFilter()),
            };
            foreach (var (name, scope, filter) in cases)
            {
                var times = new List<double>();
                int total = 0;
                for (var i = 0; i < 5; i++)
                {
                    db.ChangeTracker.Clear();
                    sw.Restart();
                    var q = db.Requests.AsNoTracking().InScope(scope).Matching(filter, calendar, today);
                    total = await q.CountAsync();
                    if (i == 0 && Environment.GetEnvironmentVariable("BENCH_SQL") == "1") Console.WriteLine(q.Take(50).ToQueryString());
                    _ = await q.Take(50).Select(r => new { r.Id, r.RegistrationNumber, r.ReceivedDate, r.Unit!.Code, r.ApplicantName, r.Status, r.Deadline }).ToListAsync();
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"list page  {name,-45} {total,8:N0} rows  median {Median(times),7:F1} ms (first {times[0]:F1} ms)");
            }

            foreach (var (name, scope) in new[] { ("all units", UnitScope.All), ("DINKES", UnitScope.Subtree(dinkesPath)) })
            {
                sw.Restart();
                var rows = await db.Requests.AsNoTracking().InScope(scope).Matching(new RequestFilter(), calendar, today).ToRegisterRows().ToListAsync();
                var load = sw.Elapsed.TotalMilliseconds;
                var xlsx = RegisterExport.Xlsx(rows);
                var afterXlsx = sw.Elapsed.TotalMilliseconds;
                var csv = RegisterExport.Csv(rows);
                Console.WriteLine($"export     {name,-45} {rows.Count,8:N0} rows  query {load:F0} ms, XLSX {afterXlsx - load:F0} ms ({xlsx.Length / 1024:N0} KB), CSV {sw.Elapsed.TotalMilliseconds - afterXlsx:F0} ms ({csv.Length / 1024:N0} KB)");
            }
        }
        finally
        {
            await db.DisposeAsync();
            await cleanup();
        }
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>A fresh migrated database (a temp SQLite file, or a new PostgreSQL database) and how to drop it.</summary>
    public static async Task<(AppDbContext, Func<Task>)> CreateDatabaseAsync(string? postgres)
    {
        if (postgres is null)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sipppid-bench-{Guid.NewGuid():N}.db");
            var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={file}").Options);
            await db.MigrateAsync();
            return (db, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Environment.GetEnvironmentVariable("BENCH_KEEP") == "1") Console.WriteLine($"kept {file}");
                else foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                return Task.CompletedTask;
            }
            );
        }

        var name = $"sipppid_bench_{Guid.NewGuid():N}";
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString;
        var pg = new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(cs).Options);
        await pg.MigrateAsync();
        return (pg, async () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var conn = new Npgsql.NpgsqlConnection(postgres);
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        );
    }

    private static async Task SeedAsync(AppDbContext db, int count)
    {
        var root = DemoProvince.Root();
        root.Path = "/PROV/";
        db.Units.Add(root);
        var units = DemoProvince.Units.Where(u => u.Parent == DemoProvince.RootCode)
            .Select(u => new Unit { Code = u.Code, Name = u.Name, Kind = UnitKind.Pembantu, Parent = root, Path = $"/PROV/{u.Code}/" }).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        units.Add(root);

        var random = new Random(42);
        var start = new DateOnly(2025, 1, 1);
        var channels = Enum.GetValues<Channel>();
        var decisions = Enum.GetValues<Decision>();
        var words = new[] { "anggaran", "stunting", "jalan provinsi", "bantuan sosial", "izin usaha", "data penduduk", "rencana kerja", "laporan keuangan" };
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var numbers = new Dictionary<(int, int), int>();
        for (var i = 0; i < count; i++)
        {
            var unit = units[random.Next(units.Count)];
            var received = start.AddDays(random.Next(0, 690));
            var key = (unit.Id, received.Year);
            numbers[key] = numbers.GetValueOrDefault(key) + 1;
            var decided = random.NextDouble() < 0.85;
            var r = new InformationRequest
            {
                UnitId = unit.Id,
                RegisteredUnitId = unit.Id,
                ReceivedDate = received,
                ReceivedAtUtc = received.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                RegistrationNumber = Numbering.Format(Numbering.DefaultFormat, numbers[key], unit.Code, received),
                TrackingCode = i.ToString("X10", CultureInfo.InvariantCulture),
                Channel = channels[random.Next(channels.Length)],
                ApplicantType = ApplicantType.Individual,
                ApplicantName = $"Pemohon {i}",
                ApplicantNik = $"61710123048{i % 100000:00000}",
                InformationRequested = $"Data {words[random.Next(words.Length)]} tahun {received.Year - 1}",
                Purpose = "Penelitian",
                ObtainMethod = ObtainMethod.Copy,
                CopyFormat = CopyFormat.Softcopy,
                DeliveryMethod = DeliveryMethod.Email,
                Status = decided ? RequestStatus.Decided : RequestStatus.InProcess,
                Deadline = received.AddDays(14),
                NoticeDate = decided ? received.AddDays(random.Next(0, 20)) : null,
                Decision = decided ? decisions[random.Next(decisions.Length)] : null,
            };
            db.Requests.Add(r);
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await db.Database.ExecuteSqlRawAsync("ANALYZE"); // fresh statistics on both databases
    }
}
