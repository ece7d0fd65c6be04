using System.Data;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// `backup FILE`: the database and the uploaded files in one bundle (<see cref="BackupBundle"/>), taken while the
/// app may be running. The database is copied first (SQLite's online backup API, or pg_dump -Fc from an exported
/// snapshot whose row counts go into the manifest), then the files: an upload is on disk before its request
/// commits, so every file the copied database refers to is already there.
/// </summary>
public sealed class CreateBackup(AppDbContext db, IOptions<StorageOptions> storage, IConfiguration config)
{
    private sealed record Snapshot(IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Tables, IReadOnlyList<string> FileKeys);

    public async Task<Outcome> RunAsync(string target, CancellationToken ct)
    {
        target = Path.GetFullPath(target);
        if (File.Exists(target)) return Outcome.Fail($"{target} already exists: give each backup its own name (e.g. with the date)");
        if (!Directory.Exists(Path.GetDirectoryName(target))) return Outcome.Fail($"the folder of {target} does not exist");

        var provider = db.Database.IsNpgsql() ? "postgres" : "sqlite";
        var tools = new PostgresTools(config["Backup:PostgresBin"]);
        if (provider == "postgres" && tools.Missing("pg_dump") is { } missing) return Outcome.Fail(missing);
        if (provider == "sqlite" && SqliteFile.PathOf(db.Database.GetConnectionString()!) is var live && !File.Exists(live))
            return Outcome.Fail($"there is no database at {live}");

        var work = Directory.CreateDirectory($"{target}.work-{Guid.NewGuid():N}");
        try
        {
            var dump = Path.Combine(work.FullName, BackupBundle.DatabaseEntry(provider));
            Snapshot snapshot;
            if (provider == "postgres")
            {
                var (taken, error) = await PostgresSnapshotAsync(tools, dump, ct);
                if (error is not null) return Outcome.Fail(error);
                snapshot = taken!;
            }
            else
            {
                SqliteFile.Snapshot(db.Database.GetConnectionString()!, dump);
                await using var copy = SqliteFile.Open(dump);
                snapshot = await ReadAsync(copy, null, ct);
            }

            var root = Path.GetFullPath(storage.Value.Path);
            var files = BackupBundle.ListFiles(root);
            var absent = snapshot.FileKeys.Except(files.Select(f => f.Key), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var version = typeof(CreateBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
            BackupManifest? written = null;
            await BackupBundle.WriteAsync(target, provider, dump, files, (count, bytes) => written =
                new BackupManifest(BackupManifest.CurrentFormat, provider, DateTime.UtcNow, version, snapshot.Migrations, snapshot.Tables, count, bytes, absent), ct);

            var requests = snapshot.Tables.GetValueOrDefault(Table<InformationRequest>());
            var summary = $"Backup written to {target}: {provider} database with {requests} requests, {written!.Files} uploaded files ({written.FileBytes / 1024} KiB).";
            if (absent.Count > 0)
                summary += $"\nwarning: {absent.Count} file(s) the database refers to were already missing from {root}: {string.Join(", ", absent.Take(10))}";
            return Outcome.Done(summary);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<(Snapshot?, string?)> PostgresSnapshotAsync(PostgresTools tools, string dump, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        await using var conn = new NpgsqlConnection(cs.ConnectionString);
        await conn.OpenAsync(ct);
        // pg_dump reads the very snapshot the manifest's counts come from; it lives as long as this transaction.
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", conn, tx);
        var name = (string)(await export.ExecuteScalarAsync(ct))!;
        var snapshot = await ReadAsync(conn, tx, ct);
        var error = await tools.RunAsync("pg_dump", cs, ["--format=custom", "--snapshot=" + name, "--file=" + dump], ct);
        await tx.CommitAsync(ct);
        return (error is null ? snapshot : null, error);
    }

    private async Task<Snapshot> ReadAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        var keys = new List<string>();
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT \"StorageKey\" FROM \"{Table<RequestFile>()}\"";
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) keys.Add(reader.GetString(0));
        }

        return new(await ModelTables.MigrationsAsync(conn, ct, tx), await ModelTables.CountAsync(conn, ModelTables.Names(db), ct, tx), keys);
    }

    private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;
}
