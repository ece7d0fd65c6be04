using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Demo;
using SipPpid.Features.RegisterImport;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Bench;

/// <summary>
/// The register import at scale: a generated CSV of N requests over two years in the demo province's 45 units
/// (85 % decided, some extended, withdrawn, with objections and disputes), imported into an empty database,
/// then imported again (everything skipped). Prints rows per second.
/// </summary>
public static class RegisterImportBench
{
    public static async Task RunAsync(int count, string? postgres)
    {
        var (db, cleanup) = await RegisterBench.CreateDatabaseAsync(postgres);
        try
        {
            await SeedUnitsAsync(db);
            var path = Path.Combine(Path.GetTempPath(), $"sipppid-register-{Guid.NewGuid():N}.csv");
            var sw = Stopwatch.StartNew();
            await File.WriteAllTextAsync(path, Generate(count));
            Console.WriteLine($"provider {(postgres is null ? "sqlite" : "postgres")}, {count:N0} rows generated in {sw.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1024 / 1024.0:F1} MB)");

            var import = new ImportRegister(db, new CalendarSource(db, new CalendarCache()), new BodyClock(TimeProvider.System, Options.Create(new PpidOptions())));
            foreach (var run in new[] { "first import", "re-import" })
            {
                db.ChangeTracker.Clear();
                sw.Restart();
                await using var stream = File.OpenRead(path);
                var progress = new ImportProgress();
                using var stop = new CancellationTokenSource();
                var phases = TimePhasesAsync(progress, sw, stop.Token);
                var result = await import.RunAsync(stream, ImportRegister.FileFormat.Csv, new ImportRegister.Options(Progress: progress));
                var s = sw.Elapsed.TotalSeconds;
                await stop.CancelAsync();
                var starts = await phases;
                if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Errors.Take(10)));
                Console.WriteLine($"{run,-13} {result.Added:N0} added, {result.Skipped:N0} skipped in {s:F2} s: {count / s:N0} rows/s");
                Console.WriteLine("              " + string.Join(", ", starts.Select((p, i) =>
                    $"{p.Phase.ToString().ToLowerInvariant()} {((i + 1 < starts.Count ? starts[i + 1].At : s) - p.At):F2} s")));
            }

            Console.WriteLine($"database now holds {await db.Requests.CountAsync():N0} requests, {await db.RequestEvents.CountAsync():N0} events, {await db.Objections.CountAsync():N0} objections, {await db.Disputes.CountAsync():N0} disputes");
            File.Delete(path);
        }
        finally
        {
            await db.DisposeAsync();
            await cleanup();
        }
    }

    /// <summary>When each phase of the import began (seconds on <paramref name="clock"/>), sampled every 10 ms.</summary>
    private static async Task<List<(RegisterImportPhase Phase, double At)>> TimePhasesAsync(ImportProgress progress, Stopwatch clock, CancellationToken ct)
    {
        var starts = new List<(RegisterImportPhase Phase, double At)>();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var phase = progress.Phase;
                if (starts.Count == 0 || starts[^1].Phase != phase) starts.Add((phase, clock.Elapsed.TotalSeconds));
                await Task.Delay(10, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return starts;
    }

    private static async Task SeedUnitsAsync(AppDbContext db)
    {
        var root = DemoProvince.Root();
        root.Path = "/PROV/";
        db.Units.Add(root);
        db.Units.AddRange(DemoProvince.Units.Where(u => u.Parent == DemoProvince.RootCode)
            .Select(u => new Unit { Code = u.Code, Name = u.Name, Kind = UnitKind.Pembantu, Parent = root, Path = $"/PROV/{u.Code}/" }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static string Generate(int count)
    {
        var units = DemoProvince.Units.Where(u => u.Parent == DemoProvince.RootCode).Select(u => u.Code).Append(DemoProvince.RootCode).ToArray();
        string[] channels = ["web", "in_person", "letter", "email", "phone", "whatsapp", "other"];
        string[] decisions = ["granted_full", "granted_full", "granted_partial", "not_held", "rejected_exempt", "held_by_other_body"];
        var random = new Random(42);
        var sb = new StringBuilder(count * 260);
        sb.Append("unit_code,registration_number,received_date,channel,applicant_type,applicant_name,applicant_nik,information_requested,purpose,")
          .Append("obtain_method,copy_format,delivery_method,extension_date,notice_date,decision,exemption_basis,other_body,fee,withdrawn_date,")
          .Append("objection_date,objection_grounds,objection_decision_date,objection_decision,dispute_date,dispute_outcome,dispute_outcome_date,court_case\n");
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var unit = units[random.Next(units.Length)];
            var received = start.AddDays(random.Next(0, 700));
            var roll = random.NextDouble();
            var decided = roll < 0.85;
            var withdrawn = roll is >= 0.85 and < 0.9;
            var extension = decided && random.NextDouble() < 0.1 ? received.AddDays(random.Next(0, 10)) : (DateOnly?)null;
            var notice = decided ? (extension ?? received).AddDays(random.Next(0, 20)) : (DateOnly?)null;
            var decision = decided ? decisions[random.Next(decisions.Length)] : "";
            var objection = decided && random.NextDouble() < 0.05 ? notice!.Value.AddDays(random.Next(1, 30)) : (DateOnly?)null;
            var answered = objection is { } o && random.NextDouble() < 0.8 ? o.AddDays(random.Next(0, 40)) : (DateOnly?)null;
            var dispute = answered is { } a && random.NextDouble() < 0.3 ? a.AddDays(random.Next(1, 14)) : (DateOnly?)null;
            var outcome = dispute is null ? "" : random.NextDouble() < 0.5 ? "pending" : "mediation_success";
            sb.Append(unit).Append(',').Append(i.ToString("D7", CultureInfo.InvariantCulture)).Append("/BENCH,").Append(Iso(received)).Append(',')
              .Append(channels[random.Next(channels.Length)]).Append(",individual,Pemohon ").Append(i).Append(',')
              .Append("617101230480").Append((i % 10000).ToString("D4", CultureInfo.InvariantCulture)).Append(",\"Data anggaran, tahun ").Append(received.Year - 1).Append("\",Penelitian,")
              .Append("copy,softcopy,email,").Append(Iso(extension)).Append(',').Append(Iso(notice)).Append(',').Append(decision).Append(',')
              .Append(decision == "rejected_exempt" ? "17b" : "").Append(',').Append(decision == "held_by_other_body" ? "BPS" : "").Append(',')
              .Append(decided ? "0" : "").Append(',').Append(withdrawn ? Iso(received.AddDays(2)) : "").Append(',')
              .Append(Iso(objection)).Append(',').Append(objection is null ? "" : "a;g").Append(',').Append(Iso(answered)).Append(',').Append(answered is null ? "" : "rejected").Append(',')
              .Append(Iso(dispute)).Append(',').Append(outcome).Append(',').Append(outcome == "mediation_success" ? Iso(dispute!.Value.AddDays(20)) : "").Append(',')
              .Append(dispute is null ? "" : "no").Append('\n');
        }

        return sb.ToString();
    }

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
