using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>/readyz follows the database (reachable, every migration applied); /healthz only says the process is up.</summary>
public abstract class ReadinessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>Takes the database away under the running app.</summary>
    protected abstract void RemoveDatabase();

    /// <summary>The check that must name the failure.</summary>
    protected abstract string FailedCheck { get; }

    protected TApp App => app;

    [Fact]
    public async Task Readiness_passes_on_a_good_database_and_fails_with_the_check_named_when_it_is_gone()
    {
        var client = app.Client();
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using (var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
        }

        RemoveDatabase();

        var gone = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        Assert.Equal("application/json", gone.Content.Headers.ContentType?.MediaType);
        using (var body = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty(FailedCheck).GetProperty("status").GetString());
        }

        // Liveness does not depend on the database: restarting the process would not bring it back.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}

public sealed class SqliteReadinessTests(SqliteApp app) : ReadinessTests<SqliteApp>(app)
{
    // SQLite makes a new, empty file on the next connection: reachable, but no migration applied.
    protected override string FailedCheck => "migrations";

    protected override void RemoveDatabase()
    {
        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(App.Database.ConnectionString).DataSource;
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
    }
}

public sealed class PostgresReadinessTests(PostgresApp app) : ReadinessTests<PostgresApp>(app)
{
    protected override string FailedCheck => "database";

    protected override void RemoveDatabase()
    {
        var name = new NpgsqlConnectionStringBuilder(App.Database.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("SIPPPID_TEST_PG"));
        conn.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", conn);
        drop.ExecuteNonQuery();
    }
}
