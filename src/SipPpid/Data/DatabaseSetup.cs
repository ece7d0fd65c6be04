using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SipPpid.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Ppid";

    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(config["Database:Provider"], "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Registers <see cref="AppDbContext"/> for the configured provider (SQLite by default). Contexts are pooled:
    /// building a context's internal services on every request cost more CPU than the registration's own queries.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? "sqlite";
        if (IsPostgres(config))
        {
            services.AddDbContextPool<PostgresDbContext>(o => o.UseNpgsql(RequiredConnectionString(config)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresDbContext>());
        }
        else if (string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<AppDbContext>(o => o.UseSqlite(SqliteConnectionString(config)));
        }
        else
        {
            throw new InvalidOperationException(
                $"Database:Provider '{provider}' is not supported: use 'sqlite' (default) or 'postgres'.");
        }

        return services;
    }

    /// <summary>
    /// A context of the model on any database, outside dependency injection: the second database of `copy-to`
    /// and the tools that check a database (bench, tests).
    /// </summary>
    public static AppDbContext CreateContext(string provider, string connectionString) =>
        string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "postgresql", StringComparison.OrdinalIgnoreCase)
            ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connectionString).Options)
            : string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase)
                ? new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options)
                : throw new ArgumentException($"Unknown database provider '{provider}': use sqlite or postgres.", nameof(provider));

    private static string RequiredConnectionString(IConfiguration config) =>
        config.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "Database:Provider is 'postgres' but ConnectionStrings:Ppid (ConnectionStrings__Ppid) is not set.");

    /// <summary>The configured SQLite connection string, or a file under ./data/ (created when missing).</summary>
    public static string SqliteConnectionString(IConfiguration config)
    {
        var configured = config.GetConnectionString(ConnectionStringName);
        var builder = new SqliteConnectionStringBuilder(configured is { Length: > 0 }
            ? configured
            : "Data Source=" + Path.Combine(Directory.GetCurrentDirectory(), "data", "sipppid.db"));
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (dir is not null) Directory.CreateDirectory(dir);
        }

        // Writers wait for each other instead of failing with SQLITE_BUSY.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }

    /// <summary>Creates or upgrades the schema, then seeds what every install needs (holidays, settings).</summary>
    public static async Task MigrateAsync(this AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run while a request is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Design-time factories so `dotnet ef` needs no running host.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=sipppid_design;Username=sipppid;Password=sipppid").Options);
}
