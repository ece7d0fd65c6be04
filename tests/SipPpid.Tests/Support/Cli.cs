namespace SipPpid.Tests.Support;

/// <summary>Runs the executable's commands in-process against a test database, capturing both streams.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static async Task<Result> RunAsync(TestDatabase db, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(db);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await AppHost.RunAsync([.. args, .. db.Args], stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string content, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
