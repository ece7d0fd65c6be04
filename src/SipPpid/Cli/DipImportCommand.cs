using System.CommandLine;
using System.Globalization;
using SipPpid.Features.DipDecrees;
using SipPpid.Features.RegisterImport;

namespace SipPpid.Cli;

/// <summary>
/// `import dip FILE`: DIP entries from .csv or .xlsx (contracts.md). Any bad row and nothing is imported (every
/// problem on stderr as "line N: column: reason", exit 1).
/// </summary>
public static class DipImportCommand
{
    public static Command Create(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "DIP as .csv or .xlsx (first sheet), one row per entry" };
        var cmd = new Command("dip", "Daftar Informasi Publik entries from CSV or XLSX.") { file };
        cmd.SetAction(async (pr, ct) =>
        {
            var input = pr.GetValue(file)!;
            if (!input.Exists)
            {
                await stderr.WriteLineAsync($"error: file not found: {input.FullName}");
                return 1;
            }

            if (ImportRegister.FormatOf(input.Name) is not { } format)
            {
                await stderr.WriteLineAsync($"error: {input.Name}: the DIP must be a .csv or .xlsx file");
                return 1;
            }

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            ImportDip.Result result;
            await using (var stream = input.OpenRead())
                result = await scope.ServiceProvider.GetRequiredService<ImportDip>().RunAsync(stream, format, null, null, ct);
            if (!result.Succeeded)
            {
                await stderr.WriteLineAsync($"error: {input.Name} was not imported (nothing changed); {result.Errors.Count} problem(s):");
                foreach (var e in result.Errors) await stderr.WriteLineAsync(e.ToString());
                return 1;
            }

            var rows = result.Added + result.Updated + result.Unchanged;
            await stdout.WriteLineAsync($"DIP imported: {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged.");
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{rows} rows: read and checked in {result.Reading.TotalSeconds:0.00} s ({rows / Math.Max(result.Reading.TotalSeconds, 1e-6):0} rows/s), " +
                $"total {watch.Elapsed.TotalSeconds:0.00} s ({rows / Math.Max(watch.Elapsed.TotalSeconds, 1e-6):0} rows/s)."));
            return 0;
        });
        return cmd;
    }
}
