using Npgsql;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// The PostgreSQL side of restore: pg_restore into a new database NAME_restore_STAMP, then — once checked and
/// with nobody connected — one transaction renames NAME to NAME_before_STAMP and the new one to NAME. The role
/// needs CREATEDB and must own the database (docs/operations.md).
/// </summary>
public sealed class PostgresSwap(NpgsqlConnectionStringBuilder app, string stamp)
{
    private bool _created, _swapped;

    private string Current => app.Database ?? throw new InvalidOperationException("The connection string names no Database.");
    private string Staged => Current[..Math.Min(Current.Length, 40)] + "_restore_" + stamp;

    /// <summary>The name the replaced database is kept under (null when there was none).</summary>
    public string? Kept { get; private set; }

    public async Task<string?> RestoreAsync(PostgresTools tools, string dump, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tools);
        await using var conn = await MaintenanceAsync(ct);
        var like = "";
        await using (var current = new NpgsqlCommand(
            "SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = @d", conn))
        {
            current.Parameters.AddWithValue("d", Current);
            await using var reader = await current.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
                like = $" TEMPLATE template0 ENCODING '{reader.GetString(0)}' LC_COLLATE '{reader.GetString(1)}' LC_CTYPE '{reader.GetString(2)}'";
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(Staged)}{like}", conn);
            await create.ExecuteNonQueryAsync(ct);
            _created = true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return $"restore creates the database {Staged} and renames it into place, so the role {app.Username} needs CREATEDB " +
                   $"({e.MessageText}); or restore by hand with pg_restore as docs/operations.md shows";
        }

        var target = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = Staged };
        return await tools.RunAsync("pg_restore", target,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=" + Staged, dump], ct);
    }

    public async Task<NpgsqlConnection> OpenStagedAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = Staged, Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    public async Task<string?> InUseAsync(CancellationToken ct)
    {
        await using var conn = await MaintenanceAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @d AND pid <> pg_backend_pid()", conn);
        cmd.Parameters.AddWithValue("d", Current);
        // A backend whose client just closed (our own pools are cleared right before) stays listed for a few
        // milliseconds while it exits: look again for a moment before calling the database busy.
        long sessions = 0;
        for (var attempt = 0; attempt < 30; attempt++)
        {
            sessions = (long)(await cmd.ExecuteScalarAsync(ct))!;
            if (sessions == 0) return null;
            await Task.Delay(100, ct);
        }

        return $"the database {Current} has {sessions} open connection(s) (app instances or other sessions): stop every app instance first";
    }

    public async Task SwapAsync(CancellationToken ct)
    {
        await using var conn = await MaintenanceAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @d", conn, tx))
        {
            exists.Parameters.AddWithValue("d", Current);
            if ((long)(await exists.ExecuteScalarAsync(ct))! > 0)
            {
                Kept = Current[..Math.Min(Current.Length, 40)] + "_before_" + stamp;
                await using var aside = new NpgsqlCommand($"ALTER DATABASE {Quote(Current)} RENAME TO {Quote(Kept)}", conn, tx);
                await aside.ExecuteNonQueryAsync(ct);
            }
        }

        await using (var into = new NpgsqlCommand($"ALTER DATABASE {Quote(Staged)} RENAME TO {Quote(Current)}", conn, tx))
        {
            await into.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        _swapped = true;
    }

    /// <summary>Drops the staged database unless it was swapped in.</summary>
    public async Task DropStagedAsync(CancellationToken ct)
    {
        if (!_created || _swapped) return;
        await using var conn = await MaintenanceAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(Staged)} WITH (FORCE)", conn);
        await drop.ExecuteNonQueryAsync(ct);
    }

    private async Task<NpgsqlConnection> MaintenanceAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
