using System.CommandLine;
using SipPpid.Features.RegisterImport;

namespace SipPpid.Cli;

/// <summary>
/// `import register FILE [--skip-invalid REJECTS.csv]`: a historical register from .csv or .xlsx. Any bad row
/// and nothing is imported (every problem on stderr as "line N: column: reason", exit 1); with --skip-invalid the
/// valid rows are imported and the bad ones written, with a reason column, to the rejects file.
/// </summary>
public static class RegisterImportCommand
{
    public static Command Create(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Register as .csv or .xlsx (first sheet), one row per request" };
        var skipInvalid = new Option<FileInfo?>("--skip-invalid") { Description = "Import the valid rows and write the invalid ones, with a reason, to this CSV" };
        var cmd = new Command("register", "Historical request register from CSV or XLSX.") { file, skipInvalid };
        cmd.SetAction(async (pr, ct) =>
        {
            var input = pr.GetValue(file)!;
            var rejects = pr.GetValue(skipInvalid);
            if (!input.Exists)
            {
                await stderr.WriteLineAsync($"error: file not found: {input.FullName}");
                return 1;
            }

            if (ImportRegister.FormatOf(input.Name) is not { } format)
            {
                await stderr.WriteLineAsync($"error: {input.Name}: the register must be a .csv or .xlsx file");
                return 1;
            }

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            ImportRegister.Result result;
            var progress = new ImportProgress();
            using var stopReporting = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var reporting = ReportAsync(progress, stderr, stopReporting.Token);
            await using (var stream = input.OpenRead())
                result = await scope.ServiceProvider.GetRequiredService<ImportRegister>()
                    .RunAsync(stream, format, new ImportRegister.Options(SkipInvalid: rejects is not null, Progress: progress), ct);
            await stopReporting.CancelAsync();
            await reporting;

            if (!result.Succeeded)
            {
                await stderr.WriteLineAsync($"error: {input.Name} was not imported (nothing changed); {result.Errors.Count} problem(s):");
                foreach (var e in result.Errors) await stderr.WriteLineAsync(e.ToString());
                return 1;
            }

            await stdout.WriteLineAsync($"Register imported: {result.Added} added, {result.Skipped} skipped (already present).");
            if (rejects is not null)
            {
                await File.WriteAllBytesAsync(rejects.FullName, RegisterRejects.Csv(result.Columns, result.Rejected), ct);
                await stdout.WriteLineAsync($"{result.Rejected.Count} rejected, written to {rejects.FullName}");
            }

            return 0;
        });
        return cmd;
    }

    /// <summary>Every two seconds, how far a long import is (a small file is done before the first line).</summary>
    private static async Task ReportAsync(ImportProgress progress, TextWriter stderr, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (phase, done, total) = (progress.Phase, progress.Done, progress.Total);
                var what = phase switch
                {
                    Domain.RegisterImportPhase.Reading => FormattableString.Invariant($"reading {done / 1024:N0} of {total / 1024:N0} KB"),
                    Domain.RegisterImportPhase.Checking => FormattableString.Invariant($"checking {done:N0} of {total:N0} rows"),
                    _ => FormattableString.Invariant($"writing {done:N0} of {total:N0} rows"),
                };
                await stderr.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"progress: {what} ({ImportProgress.Percent(phase, done, total)}%)"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
