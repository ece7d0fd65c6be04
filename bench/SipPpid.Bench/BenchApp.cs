using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace SipPpid.Bench;

/// <summary>
/// The app's own services (AddSipPpid) on a fresh database, initialised as at start-up (schema, roles, the
/// bundled holidays), without serving anything; disposing drops the database (unless BENCH_KEEP=1).
/// </summary>
public sealed class BenchApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<Task> _drop;

    private BenchApp(WebApplication app, string provider, Func<Task> drop) => (_app, Provider, _drop) = (app, provider, drop);

    public string Provider { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A new SQLite file (no connection string), or a new database on the PostgreSQL server given.</summary>
    public static async Task<BenchApp> CreateAsync(string? postgres)
    {
        string provider, cs;
        Func<Task> drop;
        if (postgres is null)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sipppid-bench-{Guid.NewGuid():N}.db");
            (provider, cs) = ("sqlite", $"Data Source={file}");
            drop = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Keep(file)) return Task.CompletedTask;
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                return Task.CompletedTask;
            };
        }
        else
        {
            var name = $"sipppid_bench_{Guid.NewGuid():N}";
            (provider, cs) = ("postgres", new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = name }.ConnectionString);
            drop = async () =>
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                if (Keep(name)) return;
                await using var conn = new Npgsql.NpgsqlConnection(postgres);
                await conn.OpenAsync();
                await using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync();
            };
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", Args = [] });
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration["ConnectionStrings:Ppid"] = cs;
        builder.Configuration["Mail:Enabled"] = "false";
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            // Every statement the app sends, for EXPLAIN: BENCH_SQL=1 BENCH_KEEP=1 dotnet run ... -- report --runs 1
            builder.Logging.AddSimpleConsole().AddFilter((category, level) => category == "Microsoft.EntityFrameworkCore.Database.Command" && level >= LogLevel.Information);
        }

        builder.AddSipPpid();
        var app = builder.Build();
        await AppInitializer.InitializeAsync(app.Services);
        return new BenchApp(app, provider, drop);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _drop();
    }

    private static bool Keep(string what)
    {
        if (Environment.GetEnvironmentVariable("BENCH_KEEP") != "1") return false;
        Console.WriteLine($"kept {what}");
        return true;
    }
}
