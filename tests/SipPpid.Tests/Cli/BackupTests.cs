using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Operations;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Cli;

/// <summary>
/// `backup FILE` and `restore FILE` on each provider (PostgreSQL: through pg_dump -Fc and pg_restore): a round
/// trip gives back the same records and uploaded files, and every refusal leaves the live data as it was.
/// </summary>
public abstract class BackupTests(string provider) : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(provider);
    private readonly string _dir = Directory.CreateTempSubdirectory("sipppid-backup-test-").FullName;

    private string Storage => Path.Combine(_dir, "files");

    private Task<Support.Cli.Result> RunAsync(params string[] args) => Support.Cli.RunAsync(_db, [.. args, $"--Storage:Path={Storage}"]);

    public void Dispose()
    {
        _db.Dispose();
        if (_db.Provider == "postgres") DropKeptDatabases();
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_backup_restores_the_same_records_and_uploaded_files()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--Demo:Enabled=true")).ExitCode);
        await AttachUploadsAsync(3);
        var records = await Fingerprint.OfAsync(_db);
        var files = Fingerprint.OfFolder(Storage);

        var file = Path.Combine(_dir, "sipppid.tar.gz");
        var backup = await RunAsync("backup", file);
        Assert.Equal(0, backup.ExitCode);
        // The demo's DIP documents and the three request files.
        var stored = Directory.EnumerateFiles(Storage, "*", SearchOption.AllDirectories).Count();
        Assert.True(stored > 3, $"{stored} files stored");
        Assert.Contains($"{stored} uploaded files", backup.Out, StringComparison.Ordinal);

        // Everything changes after the backup: records edited and deleted, one upload lost, a stray one added.
        await using (var db = DatabaseSetup.CreateContext(_db.Provider, _db.ConnectionString))
        {
            await db.Requests.ExecuteUpdateAsync(s => s.SetProperty(r => r.ApplicantName, "Diubah"));
            await db.RequestEvents.Where(e => e.Id % 3 == 0).ExecuteDeleteAsync();
            await db.Users.Where(u => u.Email == "dinkes@ppid.demo").ExecuteDeleteAsync();
        }

        File.Delete(Directory.EnumerateFiles(Storage, "*", SearchOption.AllDirectories).First());
        await File.WriteAllTextAsync(Path.Combine(Storage, "stray.pdf"), "%PDF-stray");
        Assert.NotEqual(records, await Fingerprint.OfAsync(_db));

        var restore = await RunAsync("restore", file);
        Assert.True(restore.ExitCode == 0, restore.Err);
        Assert.Contains("kept as", restore.Out);
        Assert.Equal(records, await Fingerprint.OfAsync(_db));
        Assert.Equal(files, Fingerprint.OfFolder(Storage));

        // The restored database serves the app again: it migrates and reports as before.
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var report = await RunAsync("report", "service", "--from", "2026-01-01", "--to", "2026-12-31");
        Assert.Equal(0, report.ExitCode);
    }

    [Fact]
    public async Task Refused_restores_change_nothing()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("import", "units", Support.Cli.TempFile("code,name,parent_code,kind\nKAB,PPID Utama Kabupaten,,utama\n"))).ExitCode);
        var file = Path.Combine(_dir, "before.tar.gz");
        Assert.Equal(0, (await RunAsync("backup", file)).ExitCode);

        var again = await RunAsync("backup", file);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Err);

        Assert.Equal(0, (await RunAsync("import", "units", Support.Cli.TempFile("code,name,parent_code,kind\nDINKES,Dinas Kesehatan,KAB,pembantu\n"))).ExitCode);
        var records = await Fingerprint.OfAsync(_db);

        // An app instance (here: an open connection) has the database open.
        await using (var open = Open())
        {
            var busy = await RunAsync("restore", file);
            Assert.Equal(1, busy.ExitCode);
            Assert.Contains("stop every app instance", busy.Err);
        }

        var notBackup = await RunAsync("restore", Support.Cli.TempFile("code,name\n"));
        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("is not a SIP PPID backup", notBackup.Err);
        var missing = await RunAsync("restore", Path.Combine(_dir, "none.tar.gz"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("file not found", missing.Err);

        Assert.Equal(records, await Fingerprint.OfAsync(_db));
        await using var db = DatabaseSetup.CreateContext(_db.Provider, _db.ConnectionString);
        Assert.Equal(2, await db.Units.CountAsync());
        // No staged copy is left behind: neither files nor database.
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_dir), p => p.Contains(".restore-", StringComparison.Ordinal));
        if (_db.Provider == "postgres") Assert.Empty(DatabasesLike("_restore_"));
        else Assert.Empty(Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(SqliteFile.PathOf(_db.ConnectionString)) + ".restore-*"));
    }

    /// <summary>Uploads on disk and their metadata rows, attached to the first requests.</summary>
    private async Task AttachUploadsAsync(int count)
    {
        await using var db = DatabaseSetup.CreateContext(_db.Provider, _db.ConnectionString);
        var requests = await db.Requests.OrderBy(r => r.Id).Select(r => r.Id).Take(count).ToListAsync();
        foreach (var (id, i) in requests.Select((id, i) => (id, i)))
        {
            var key = $"2026/11/{Guid.NewGuid():N}.pdf";
            var bytes = Encoding.ASCII.GetBytes($"%PDF-1.4 upload {i}");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Storage, key))!);
            await File.WriteAllBytesAsync(Path.Combine(Storage, key), bytes);
            db.RequestFiles.Add(new RequestFile
            {
                RequestId = id,
                Kind = FileKind.IdentityCard,
                FileName = $"ktp-{i}.pdf",
                ContentType = "application/pdf",
                Size = bytes.Length,
                StorageKey = key,
                Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
                UploadedAtUtc = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    private System.Data.Common.DbConnection Open()
    {
        System.Data.Common.DbConnection conn = _db.Provider == "postgres"
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(_db.ConnectionString) { Pooling = false }.ConnectionString);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM \"Units\"";
        cmd.ExecuteScalar();
        return conn;
    }

    private List<string> DatabasesLike(string infix)
    {
        var prefix = new NpgsqlConnectionStringBuilder(_db.ConnectionString).Database![..40];
        using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("SIPPPID_TEST_PG"));
        conn.Open();
        using var cmd = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @p) AND strpos(datname, @i) > 0", conn);
        cmd.Parameters.AddWithValue("p", prefix);
        cmd.Parameters.AddWithValue("i", infix);
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private void DropKeptDatabases()
    {
        foreach (var name in DatabasesLike("_before_"))
        {
            using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("SIPPPID_TEST_PG"));
            conn.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            drop.ExecuteNonQuery();
        }
    }
}

public sealed class BackupTestsSqlite() : BackupTests("sqlite");

public sealed class BackupTestsPostgres() : BackupTests("postgres");
