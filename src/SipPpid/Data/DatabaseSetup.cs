using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SipPpid.Data;

/// <summary>Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";
}

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Ppid";

    private static bool IsPostgres(string? provider) =>
        string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    private static bool IsSqlite(string? provider) => provider is null || string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Registers <see cref="AppDbContext"/> for the configured provider (SQLite by default). An unknown provider or a
    /// bad connection string is reported by the start-up check (<see cref="DatabaseCheck"/>) before any is opened.
    /// Contexts are pooled: building a context's internal services on every request cost more CPU than the
    /// registration's own queries.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration config)
    {
        var provider = config["Database:Provider"];
        if (IsPostgres(provider))
        {
            services.AddDbContextPool<PostgresDbContext>(o => o.UseNpgsql(config.GetConnectionString(ConnectionStringName)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresDbContext>());
        }
        else
        {
            // Also for an unknown provider, so the container is complete (Development validates it when built)
            // and the start-up check can name the problem.
            services.AddDbContextPool<AppDbContext>(o => o.UseSqlite(SqliteConnectionString(config)));
        }

        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseCheck>();
        return services;
    }

    /// <summary>The provider is known and the connection string is there and parses (its value is never echoed: it holds a password).</summary>
    private sealed class DatabaseCheck(IConfiguration config) : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
        {
            var cs = config.GetConnectionString(ConnectionStringName);
            if (IsPostgres(options.Provider))
            {
                if (string.IsNullOrWhiteSpace(cs))
                    return ValidateOptionsResult.Fail("Database:Provider is 'postgres' but ConnectionStrings:Ppid (ConnectionStrings__Ppid) is not set.");
                try
                {
                    if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(cs).Host))
                        return ValidateOptionsResult.Fail("ConnectionStrings:Ppid names no Host for PostgreSQL.");
                }
                catch (ArgumentException ex)
                {
                    return ValidateOptionsResult.Fail($"ConnectionStrings:Ppid is not a valid PostgreSQL connection string: {ex.Message}");
                }

                return ValidateOptionsResult.Success;
            }

            if (!IsSqlite(options.Provider))
                return ValidateOptionsResult.Fail($"Database:Provider '{options.Provider}' is not supported: use 'sqlite' (default) or 'postgres'.");
            try
            {
                _ = new SqliteConnectionStringBuilder(cs ?? "");
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException ex)
            {
                return ValidateOptionsResult.Fail($"ConnectionStrings:Ppid is not a valid SQLite connection string: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// A context of the model on any database, outside dependency injection: the second database of `copy-to`
    /// and the tools that check a database (bench, tests).
    /// </summary>
    public static AppDbContext CreateContext(string provider, string connectionString) =>
        IsPostgres(provider)
            ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connectionString).Options)
            : string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase)
                ? new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options)
                : throw new ArgumentException($"Unknown database provider '{provider}': use sqlite or postgres.", nameof(provider));

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

/// <summary>Adding a migration or checking for model changes never connects, so the string carries no credentials.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=sipppid_design;Username=sipppid").Options);
}
