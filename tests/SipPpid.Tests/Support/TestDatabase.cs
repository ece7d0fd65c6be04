using Microsoft.Data.Sqlite;
using Npgsql;

namespace SipPpid.Tests.Support;

/// <summary>A fresh, empty database for one fixture: a temp SQLite file or a new PostgreSQL database.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract string Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>Command-line overrides that point the executable at this database.</summary>
    public string[] Args => [$"--Database:Provider={Provider}", $"--ConnectionStrings:Ppid={ConnectionString}"];

    public abstract void Dispose();

    public static TestDatabase Create(string provider) => provider switch
    {
        "sqlite" => new SqliteTestDatabase(),
        "postgres" => new PostgresTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sipppid-test-{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";
    public override string ConnectionString => $"Data Source={_path}";

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(f)) File.Delete(f);
    }
}

/// <summary>
/// Needs SIPPPID_TEST_PG (set by test.sh): a connection string of a role that may create databases.
/// Without it the PostgreSQL tests fail with that message: they are never silently skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _admin;
    private readonly string _name = $"sipppid_test_{Guid.NewGuid():N}";

    public PostgresTestDatabase()
    {
        _admin = Environment.GetEnvironmentVariable("SIPPPID_TEST_PG")
            ?? throw new InvalidOperationException("SIPPPID_TEST_PG is not set: run the tests with ./test.sh, which starts PostgreSQL and sets it.");
        // Test classes run in parallel, each app with its own pool: a cap per database keeps the whole run under the
        // server's max_connections (100 by default), so a busy test waits for a connection instead of being refused.
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, MaxPoolSize = 12 }.ConnectionString;
    }

    public override string Provider => "postgres";
    public override string ConnectionString { get; }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var conn = new NpgsqlConnection(_admin);
                conn.Open();
                using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
                cmd.ExecuteNonQuery();
                return;
            }
            catch (PostgresException ex) when (attempt < 5)
            {
                // An autovacuum worker may still be connected (ending it needs pg_signal_backend): wait and retry.
                Console.Error.WriteLine($"drop {_name}: {ex.MessageText}; retrying");
                Thread.Sleep(500 * attempt);
            }
        }
    }
}
