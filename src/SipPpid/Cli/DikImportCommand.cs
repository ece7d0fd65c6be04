using System.CommandLine;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Cli;

/// <summary>
/// `import dik FILE`: DIK entries with their decrees from .csv or .xlsx (contracts.md). Any bad row and nothing is
/// imported (every problem on stderr as "line N: column: reason", exit 1).
/// </summary>
public static class DikImportCommand
{
    public static Command Create(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "DIK as .csv or .xlsx (first sheet), one consequence test and its decree per row" };
        var cmd = new Command("dik", "Daftar Informasi yang Dikecualikan entries from CSV or XLSX.") { file };
        cmd.SetAction(async (pr, ct) =>
        {
            var input = pr.GetValue(file)!;
            if (!input.Exists)
            {
                await stderr.WriteLineAsync($"error: file not found: {input.FullName}");
                return 1;
            }

            if (TableFiles.FormatOf(input.Name) is not { } format)
            {
                await stderr.WriteLineAsync($"error: {input.Name}: the DIK must be a .csv or .xlsx file");
                return 1;
            }

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            ImportDik.Result result;
            await using (var stream = input.OpenRead())
                result = await scope.ServiceProvider.GetRequiredService<ImportDik>().RunAsync(stream, format, null, null, ct);
            if (!result.Succeeded)
            {
                await stderr.WriteLineAsync($"error: {input.Name} was not imported (nothing changed); {result.Errors.Count} problem(s):");
                foreach (var e in result.Errors) await stderr.WriteLineAsync(e.ToString());
                return 1;
            }

            await stdout.WriteLineAsync($"DIK imported: {result.Added} added, {result.Unchanged} unchanged.");
            return 0;
        });
        return cmd;
    }
}
