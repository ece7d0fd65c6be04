using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Portal;

namespace SipPpid.Bench;

/// <summary>
/// The public portal at national scale: N published DIP entries over a unit tree, then the median of the queries the
/// /Informasi page runs (count + first page of rows) for a word search, a category page, a unit subtree and the home's
/// overview, each in a fresh scope (bench/README.md, "dip-search").
/// </summary>
public static class DipSearchBench
{
    private static readonly string[] Words =
    [
        "laporan", "keuangan", "anggaran", "kinerja", "rencana", "strategis", "pengadaan", "barang", "jasa", "profil", "struktur", "organisasi",
        "pelayanan", "informasi", "publik", "prosedur", "evakuasi", "bencana", "kesehatan", "pendidikan", "jalan", "jembatan", "irigasi",
        "perizinan", "investasi", "pajak", "retribusi", "aset", "neraca", "realisasi", "program", "kegiatan", "sekolah", "puskesmas", "rumah",
        "sakit", "pertanian", "perkebunan", "perikanan", "pariwisata", "lingkungan", "hutan", "sungai", "banjir", "kebakaran", "lahan", "air",
        "bersih", "sanitasi", "penduduk", "kemiskinan", "bantuan", "sosial", "desa", "kecamatan", "kabupaten", "peraturan", "keputusan",
        "perjanjian", "kerja", "sama", "standar", "operasional", "pegawai", "formasi", "tunjangan", "statistik", "data", "peta", "tata", "ruang",
    ];

    public static async Task RunAsync(int entries, int units, int runs, IReadOnlyList<string?> databases)
    {
        foreach (var postgres in databases)
        {
            await using var app = await BenchApp.CreateAsync(postgres);
            var sw = Stopwatch.StartNew();
            await GenerateAsync(app.Services, entries, units);
            Console.WriteLine($"{app.Provider}: {entries:N0} published entries over {units:N0} units generated in {sw.Elapsed.TotalSeconds:F1} s");
            var agency = await WithDb(app.Services, db => db.Units.Where(u => u.Code == "A07").Select(u => u.Path).FirstAsync());
            var cases = new (string Name, PortalFilter Filter)[]
            {
                ("search one word (\"anggaran\")", new PortalFilter("anggaran", null, null, null)),
                ("search two words (\"laporan keuangan\")", new PortalFilter("laporan keuangan", null, null, null)),
                ("search a rare word (\"mangrove\")", new PortalFilter("mangrove", null, null, null)),
                ("category page (berkala)", new PortalFilter(null, DipCategory.Berkala, null, null)),
                ("category page (serta_merta)", new PortalFilter(null, DipCategory.SertaMerta, null, null)),
                ("one agency's subtree (A07)", new PortalFilter(null, null, agency, null)),
                ("word + category + year", new PortalFilter("anggaran", DipCategory.Berkala, null, 2025)),
            };
            foreach (var (name, filter) in cases)
            {
                var total = 0;
                var times = await TimeAsync(app.Services, runs, async db =>
                {
                    var query = db.Find(filter);
                    total = await query.CountAsync();
                    await query.Take(20).ToRows().ToListAsync();
                });
                Console.WriteLine($"{app.Provider,-8} {name,-42} {total,7:N0} found  median {Median(times),6:F1} ms (first {times[0]:F1} ms)");
            }

            var home = await TimeAsync(app.Services, runs, db => new PortalOverview(db).LoadAsync(CancellationToken.None));
            Console.WriteLine($"{app.Provider,-8} {"home overview (counts, units, latest)",-42} {"",7}        median {Median(home),6:F1} ms (first {home[0]:F1} ms)");
        }
    }

    private static async Task<List<double>> TimeAsync(IServiceProvider services, int runs, Func<AppDbContext, Task> work)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sw = Stopwatch.StartNew();
            await work(db);
            // The first run warms up (connection pool, query cache); it is shown, not counted.
            if (i > 0) times.Add(sw.Elapsed.TotalMilliseconds);
            else times.Insert(0, sw.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<T> WithDb<T>(IServiceProvider services, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task GenerateAsync(IServiceProvider services, int count, int unitCount)
    {
        var ids = (await WithDb(services, db => NationalData.AddUnitsAsync(db, unitCount))).Values.ToArray();
        var random = new Random(50_000);
        var categories = new[] { DipCategory.Berkala, DipCategory.Berkala, DipCategory.SetiapSaat, DipCategory.SetiapSaat, DipCategory.SertaMerta };
        var numbers = new Dictionary<int, int>();
        const int Batch = 5_000;
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var unit = ids[random.Next(ids.Length)];
                numbers[unit] = numbers.GetValueOrDefault(unit) + 1;
                var published = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 1800));
                db.DipEntries.Add(new DipEntry
                {
                    UnitId = unit,
                    Number = numbers[unit],
                    Category = categories[random.Next(categories.Length)],
                    Title = Text(random, 6) + (i % 200 == 0 ? " mangrove" : ""),
                    Summary = Text(random, 30),
                    Holder = "Bidang " + Text(random, 2),
                    Responsible = "Kepala",
                    ProducedTime = published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ProducedPlace = "Jakarta",
                    Format = DipFormat.Softcopy,
                    Retention = "5 tahun",
                    Status = DipStatus.Published,
                    PublishedDate = published,
                    UpdatedDate = published,
                    DocumentNames = Text(random, 3).Replace(' ', '-') + ".pdf",
                    CreatedAtUtc = DateTime.UtcNow,
                    ChangedAtUtc = DateTime.UtcNow,
                });
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }

    private static string Text(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static double Median(List<double> xs)
    {
        var s = xs.Skip(1).Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
