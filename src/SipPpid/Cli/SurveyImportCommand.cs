using System.CommandLine;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Cli;

/// <summary>
/// `import survey FILE`: satisfaction survey responses from .csv or .xlsx (contracts.md). Any bad row, or a file
/// imported before, and nothing is imported (every problem on stderr as "line N: column: reason", exit 1).
/// </summary>
public static class SurveyImportCommand
{
    public static Command Create(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Survey responses as .csv or .xlsx (first sheet), one respondent per row" };
        var cmd = new Command("survey", "Survei Kepuasan Masyarakat responses (paper or earlier results) from CSV or XLSX.") { file };
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
                await stderr.WriteLineAsync($"error: {input.Name}: the survey must be a .csv or .xlsx file");
                return 1;
            }

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            ImportSurvey.Result result;
            await using (var stream = input.OpenRead())
                result = await scope.ServiceProvider.GetRequiredService<ImportSurvey>().RunAsync(stream, input.Name, format, null, null, ct);
            if (!result.Succeeded)
            {
                await stderr.WriteLineAsync($"error: {input.Name} was not imported (nothing changed); {result.Errors.Count} problem(s):");
                foreach (var e in result.Errors) await stderr.WriteLineAsync(e.ToString());
                return 1;
            }

            await stdout.WriteLineAsync($"Survey imported: {result.Added} responses added (import {result.ImportId}).");
            return 0;
        });
        return cmd;
    }
}
