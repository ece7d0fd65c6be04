using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// `restore FILE`: replaces the database and the uploaded files with a backup's. Everything is staged beside the
/// live data first (a SQLite file, or a new PostgreSQL database filled by pg_restore; the files in a sibling
/// folder) and checked: a database of this app with migrations this version knows, the manifest's row counts,
/// every referenced upload present with its SHA-256. Only then, and only while no app instance has the database
/// open, are the live ones moved aside (kept as *.before-restore-STAMP / NAME_before_STAMP) and the staged ones
/// moved in. Any failure before that leaves everything as it was.
/// </summary>
public sealed class RestoreBackup(AppDbContext db, IOptions<StorageOptions> storage, IConfiguration config)
{
    public async Task<Outcome> RunAsync(string bundle, CancellationToken ct)
    {
        if (!File.Exists(bundle)) return Outcome.Fail($"file not found: {Path.GetFullPath(bundle)}");
        var provider = db.Database.IsNpgsql() ? "postgres" : "sqlite";
        var tools = new PostgresTools(config["Backup:PostgresBin"]);
        if (provider == "postgres" && tools.Missing("pg_restore") is { } missing) return Outcome.Fail(missing);

        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var root = Path.GetFullPath(storage.Value.Path);
        var stagedFiles = $"{root}.restore-{stamp}";
        var keptFiles = $"{root}.before-restore-{stamp}";
        var live = provider == "sqlite" ? SqliteFile.PathOf(db.Database.GetConnectionString()!) : null;
        var stagedDb = provider == "sqlite" ? $"{live}.restore-{stamp}" : $"{stagedFiles}.pgdump";
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        var swap = provider == "sqlite" ? null : new PostgresSwap(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()), stamp);
        try
        {
            BackupManifest manifest;
            try
            {
                manifest = await BackupBundle.ExtractAsync(bundle, provider, stagedDb, stagedFiles, ct);
            }
            catch (InvalidDataException e)
            {
                return Outcome.Fail($"{bundle} is not a SIP PPID backup of a {provider} database: {e.Message}");
            }

            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            if (manifest.Migrations.FirstOrDefault(m => !known.Contains(m)) is { } newer)
                return Outcome.Fail($"the backup was made by a newer version of SIP PPID (migration {newer} is unknown here): restore it with that version");
            if (BackupBundle.ListFiles(stagedFiles).Count != manifest.Files)
                return Outcome.Fail($"the backup holds {BackupBundle.ListFiles(stagedFiles).Count} uploaded files, its manifest says {manifest.Files}");

            if (swap is not null && await swap.RestoreAsync(tools, stagedDb, ct) is { } restoreError) return Outcome.Fail(restoreError);
            await using (DbConnection staged = swap is null ? SqliteFile.Open(stagedDb) : await swap.OpenStagedAsync(ct))
            {
                if (staged is SqliteConnection sqlite && SqliteFile.IntegrityCheck(sqlite) is var check && check != "ok")
                    return Outcome.Fail($"the backup's database is damaged: {check}");
                if (await VerifyAsync(staged, manifest, stagedFiles, ct) is { } invalid) return Outcome.Fail($"the backup does not check out: {invalid}");
            }

            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if ((live is not null ? SqliteFile.CloseForReplace(live) : await swap!.InUseAsync(ct)) is { } inUse) return Outcome.Fail(inUse);

            var hadFiles = Directory.Exists(root);
            if (hadFiles) Directory.Move(root, keptFiles);
            Directory.Move(stagedFiles, root);
            try
            {
                if (live is not null) SqliteFile.Replace(live, stagedDb, $"{live}.before-restore-{stamp}");
                else await swap!.SwapAsync(ct);
            }
            catch
            {
                Directory.Move(root, stagedFiles);
                if (hadFiles) Directory.Move(keptFiles, root);
                throw;
            }

            var kept = live is not null ? $"{live}.before-restore-{stamp}" : swap!.Kept is { } name ? $"database {name}" : "(there was none)";
            return Outcome.Done(
                $"Restored {Path.GetFileName(bundle)} (backup of {manifest.CreatedAtUtc:yyyy-MM-dd HH:mm} UTC): " +
                $"{manifest.Tables.GetValueOrDefault(Table<InformationRequest>())} requests, {manifest.Files} uploaded files.\n" +
                $"The replaced database is kept as {kept}{(hadFiles ? $" and the replaced files as {keptFiles}" : "")}: " +
                "delete them once the restored system is checked. Start the app (it applies any newer migrations).");
        }
        finally
        {
            if (Directory.Exists(stagedFiles)) Directory.Delete(stagedFiles, recursive: true);
            if (File.Exists(stagedDb)) File.Delete(stagedDb);
            if (swap is not null) await swap.DropStagedAsync(CancellationToken.None);
        }
    }

    /// <summary>The staged database against the manifest: migrations, row counts and every referenced upload's content.</summary>
    private async Task<string?> VerifyAsync(DbConnection staged, BackupManifest manifest, string stagedFiles, CancellationToken ct)
    {
        var migrations = await ModelTables.MigrationsAsync(staged, ct);
        if (!migrations.SequenceEqual(manifest.Migrations)) return "its database's migrations differ from its manifest's";
        if (manifest.Migrations.Count == 0) return "its database has no SIP PPID schema";
        var counts = await ModelTables.CountAsync(staged, manifest.Tables.Keys, ct);
        if (ModelTables.FirstDifference(manifest.Tables, counts) is { } difference) return difference;

        var absent = manifest.MissingFiles.ToHashSet(StringComparer.Ordinal);
        await using var cmd = staged.CreateCommand();
        cmd.CommandText = $"SELECT \"StorageKey\", \"Sha256\" FROM \"{Table<RequestFile>()}\"";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (key, sha) = (reader.GetString(0), reader.GetString(1));
            if (absent.Contains(key)) continue;
            var path = Path.Combine(stagedFiles, key);
            if (!File.Exists(path)) return $"uploaded file {key} is missing";
            await using var file = File.OpenRead(path);
            if (!string.Equals(Convert.ToHexString(await SHA256.HashDataAsync(file, ct)), sha, StringComparison.OrdinalIgnoreCase))
                return $"uploaded file {key} does not match its SHA-256";
        }

        return null;
    }

    private string Table<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;
}
