using System.CommandLine;
using SipPpid.Infrastructure.Operations;

namespace SipPpid.Cli;

/// <summary>`backup FILE`, `restore FILE` and `copy-to PROVIDER CONNECTION` (docs/operations.md).</summary>
internal static class OperationsCommands
{
    public static IEnumerable<Command> Create(IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        var backupFile = new Argument<FileInfo>("FILE") { Description = "The backup to write (.tar.gz); must not exist yet" };
        var backup = new Command("backup", "Back up the database and the uploaded files into one file, while the app may run.") { backupFile };
        backup.SetAction((pr, ct) => RunAsync<CreateBackup>(services, stdout, stderr,
            b => b.RunAsync(pr.GetValue(backupFile)!.FullName, ct)));

        var restoreFile = new Argument<FileInfo>("FILE") { Description = "A file written by backup" };
        var restore = new Command("restore", "Replace the database and the uploaded files with a backup's (every app instance stopped).") { restoreFile };
        restore.SetAction((pr, ct) => RunAsync<RestoreBackup>(services, stdout, stderr,
            r => r.RunAsync(pr.GetValue(restoreFile)!.FullName, ct)));

        var provider = new Argument<string>("PROVIDER") { Description = "postgres or sqlite: the target database's kind" };
        var connection = new Argument<string>("CONNECTION") { Description = "The target's connection string; the database must be new or empty" };
        var copyTo = new Command("copy-to", "Copy every table to another, empty database (e.g. from SQLite to PostgreSQL).") { provider, connection };
        copyTo.SetAction(async (pr, ct) =>
        {
            // The source is brought to this version's schema first, as the target will be.
            await AppInitializer.InitializeAsync(services, ct);
            return await RunAsync<CopyDatabase>(services, stdout, stderr,
                c => c.RunAsync(pr.GetValue(provider)!, pr.GetValue(connection)!, stdout, ct));
        });
        return [backup, restore, copyTo];
    }

    private static async Task<int> RunAsync<T>(IServiceProvider services, TextWriter stdout, TextWriter stderr,
        Func<T, Task<Outcome>> run) where T : notnull
    {
        await using var scope = services.CreateAsyncScope();
        var (error, summary) = await run(scope.ServiceProvider.GetRequiredService<T>());
        if (error is not null)
        {
            await stderr.WriteLineAsync("error: " + error);
            return 1;
        }

        await stdout.WriteLineAsync(summary);
        return 0;
    }
}
