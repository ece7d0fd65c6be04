using System.Diagnostics;
using System.Text.Json;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>The executable as a separate process: JSON logs on standard error, the command's result alone on standard output.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create("sqlite");

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_command_with_json_logs_keeps_standard_output_clean()
    {
        var dll = typeof(AppHost).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { dll, "migrate", "--Logging:Format=json", "--Logging:LogLevel:Default=Information" }.Concat(_db.Args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Database schema is up to date.", (await stdout).Trim());
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines); // the migrations applied are logged at Information
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            Assert.EndsWith("Z", entry.RootElement.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
        }
    }
}
