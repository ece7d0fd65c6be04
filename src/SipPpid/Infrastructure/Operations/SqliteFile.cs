using Microsoft.Data.Sqlite;

namespace SipPpid.Infrastructure.Operations;

/// <summary>The SQLite side of backup and restore: an online copy, the in-use check and the swap.</summary>
public static class SqliteFile
{
    private const int Busy = 5, Locked = 6;

    public static string PathOf(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public static SqliteConnection Open(string path)
    {
        var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 2 }.ToString());
        conn.Open();
        return conn;
    }

    /// <summary>
    /// Copies the live database with SQLite's online backup API (the app may keep reading and writing) into a new
    /// self-contained file (rollback journal, no -wal beside it).
    /// </summary>
    public static void Snapshot(string connectionString, string target)
    {
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var copy = Open(target);
        source.BackupDatabase(copy);
        Execute(copy, "PRAGMA journal_mode=DELETE");
    }

    /// <summary>
    /// Null when nothing has the database open, after folding its -wal into the file so it can be moved as one
    /// file; otherwise why it can't be replaced. An app instance keeps a shared lock while it runs (WAL mode), so
    /// taking the exclusive lock fails exactly while an instance is up. A file that is not a database is not in use.
    /// </summary>
    public static string? CloseForReplace(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var conn = Open(path);
            Execute(conn, "PRAGMA locking_mode=EXCLUSIVE");
            Execute(conn, "BEGIN EXCLUSIVE");
            Execute(conn, "SELECT count(*) FROM sqlite_master");
            Execute(conn, "COMMIT");
            Execute(conn, "PRAGMA journal_mode=DELETE");
            return null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is Busy or Locked)
        {
            return $"the database {path} is in use: stop every app instance first (and any command using it)";
        }
        catch (SqliteException)
        {
            return null; // damaged or not a database: replacing it is what the restore is for
        }
    }

    /// <summary>Moves the current database (and any journal beside it) to <paramref name="keptAs"/>, then the staged one in its place.</summary>
    public static void Replace(string path, string staged, string keptAs)
    {
        SqliteConnection.ClearAllPools();
        var moved = new List<(string From, string To)>();
        try
        {
            foreach (var suffix in new[] { "", "-wal", "-journal" })
            {
                if (!File.Exists(path + suffix)) continue;
                File.Move(path + suffix, keptAs + suffix);
                moved.Add((path + suffix, keptAs + suffix));
            }

            // The shared-memory index belongs to the old file; SQLite rebuilds it.
            File.Delete(path + "-shm");
            File.Move(staged, path);
        }
        catch
        {
            foreach (var (from, to) in moved) File.Move(to, from);
            throw;
        }
    }

    public static string IntegrityCheck(SqliteConnection conn)
    {
        ArgumentNullException.ThrowIfNull(conn);
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static void Execute(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteScalar();
    }
}
