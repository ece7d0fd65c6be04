using System.Diagnostics;
using Npgsql;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// pg_dump and pg_restore, run with the app's connection settings passed as libpq environment variables (so the
/// password never appears on a command line). They come from Backup:PostgresBin when set, otherwise from PATH.
/// </summary>
public sealed class PostgresTools(string? binFolder)
{
    /// <summary>Null when the tool is there, otherwise what to install.</summary>
    public string? Missing(string tool) => Find(tool) is null
        ? $"{tool} was not found {(string.IsNullOrEmpty(binFolder) ? "on PATH" : "in " + binFolder)}: install the PostgreSQL client of the server's " +
          "major version (Debian: apt-get install postgresql-client-15) or set Backup:PostgresBin; see docs/operations.md"
        : null;

    /// <summary>Runs the tool; null on success, otherwise its exit status and standard error.</summary>
    public async Task<string?> RunAsync(string tool, NpgsqlConnectionStringBuilder connection, IEnumerable<string> args, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var start = new ProcessStartInfo(Find(tool) ?? tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in Environment(connection)) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var error = (await stderr).Trim();
        await stdout;
        return process.ExitCode == 0 ? null : $"{tool} failed (exit {process.ExitCode}): {error}";
    }

    public static Dictionary<string, string> Environment(NpgsqlConnectionStringBuilder c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var env = new Dictionary<string, string>();
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) env[name] = value;
        }

        Set("PGHOST", c.Host);
        Set("PGPORT", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set("PGDATABASE", c.Database);
        Set("PGUSER", c.Username);
        Set("PGPASSWORD", c.Password);
        Set("PGPASSFILE", c.Passfile);
        Set("PGSSLMODE", c.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        Set("PGAPPNAME", "sipppid-backup");
        return env;
    }

    private string? Find(string tool)
    {
        var folders = string.IsNullOrEmpty(binFolder)
            ? (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            : [binFolder];
        return folders.Select(f => Path.Combine(f, tool)).FirstOrDefault(File.Exists);
    }
}
