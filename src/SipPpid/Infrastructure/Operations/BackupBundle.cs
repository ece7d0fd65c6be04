using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace SipPpid.Infrastructure.Operations;

/// <summary>What a backup holds, written last into the bundle and checked on restore.</summary>
public sealed record BackupManifest(
    string Format, string Provider, DateTime CreatedAtUtc, string AppVersion, IReadOnlyList<string> Migrations,
    IReadOnlyDictionary<string, long> Tables, int Files, long FileBytes, IReadOnlyList<string> MissingFiles)
{
    public const string CurrentFormat = "sipppid-backup/1";
}

/// <summary>
/// A backup file: a gzip-compressed tar holding the database (`database.sqlite`, or `database.pgdump` from
/// pg_dump -Fc), the uploaded files under `files/` (paths relative to Storage:Path) and `manifest.json`. It is
/// written to a temporary file beside the target, flushed to disk and renamed, so a backup file is never half
/// written; extraction refuses entries that would land outside their folder.
/// </summary>
public static class BackupBundle
{
    public const string ManifestEntry = "manifest.json";
    public const string SqliteEntry = "database.sqlite";
    public const string PostgresEntry = "database.pgdump";
    private const string FilesPrefix = "files/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string DatabaseEntry(string provider) => provider == "postgres" ? PostgresEntry : SqliteEntry;

    /// <summary>The files of <paramref name="root"/> as (full path, path relative to the root with '/').</summary>
    public static List<(string Path, string Key)> ListFiles(string root) =>
        !Directory.Exists(root) ? [] :
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => (p, Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)];

    public static async Task WriteAsync(string target, string provider, string databaseFile, IReadOnlyList<(string Path, string Key)> files,
        Func<int, long, BackupManifest> manifest, CancellationToken ct)
    {
        var temp = $"{target}.partial-{Guid.NewGuid():N}";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
                await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
                {
                    await tar.WriteEntryAsync(databaseFile, DatabaseEntry(provider), ct);
                    int count = 0;
                    long bytes = 0;
                    foreach (var (path, key) in files)
                    {
                        // An upload of a registration that rolled back after the listing is gone: it was never referenced.
                        if (!File.Exists(path)) continue;
                        await tar.WriteEntryAsync(path, FilesPrefix + key, ct);
                        count++;
                        bytes += new FileInfo(path).Length;
                    }

                    var entry = new PaxTarEntry(TarEntryType.RegularFile, ManifestEntry)
                    {
                        DataStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest(count, bytes), Json)),
                    };
                    await tar.WriteEntryAsync(entry, ct);
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Extracts the database to <paramref name="databaseFile"/> and the uploads below <paramref name="filesRoot"/>
    /// (both must not exist yet) and returns the manifest. Anything that is not a SIP PPID backup is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static async Task<BackupManifest> ExtractAsync(string bundle, string provider, string databaseFile, string filesRoot, CancellationToken ct)
    {
        BackupManifest? manifest = null;
        var database = false;
        var root = Path.GetFullPath(filesRoot);
        Directory.CreateDirectory(root);
        try
        {
            await using var stream = File.OpenRead(bundle);
            await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.EntryType is TarEntryType.Directory) continue;
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                    throw new InvalidDataException($"unexpected entry {entry.Name} ({entry.EntryType})");
                if (entry.Name == ManifestEntry)
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(entry.DataStream!, Json, ct);
                }
                else if (entry.Name == DatabaseEntry(provider))
                {
                    await entry.ExtractToFileAsync(databaseFile, overwrite: false, ct);
                    database = true;
                }
                else if (entry.Name.StartsWith(FilesPrefix, StringComparison.Ordinal))
                {
                    var path = Path.GetFullPath(Path.Combine(root, entry.Name[FilesPrefix.Length..]));
                    if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                        throw new InvalidDataException($"entry {entry.Name} points outside the storage folder");
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await entry.ExtractToFileAsync(path, overwrite: false, ct);
                }
                else if (entry.Name is SqliteEntry or PostgresEntry)
                {
                    throw new InvalidDataException($"it holds {entry.Name}, a {(entry.Name == SqliteEntry ? "sqlite" : "postgres")} database, " +
                        $"but the configured database is {provider} (restore it to a database of its kind, then use copy-to)");
                }
                else
                {
                    throw new InvalidDataException($"unexpected entry {entry.Name}");
                }
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or EndOfStreamException)
        {
            throw new InvalidDataException(e.Message, e);
        }

        if (manifest?.Format != BackupManifest.CurrentFormat) throw new InvalidDataException($"{ManifestEntry} is missing or not {BackupManifest.CurrentFormat}");
        if (!database) throw new InvalidDataException($"{DatabaseEntry(provider)} is missing");
        return manifest;
    }
}
