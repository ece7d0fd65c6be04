using Microsoft.EntityFrameworkCore;

namespace SipPpid.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics current: PostgreSQL's autovacuum analyzes by itself, SQLite never does.
/// Without statistics SQLite guesses how selective each index is, and for a join (a subtree's requests, the
/// registers' filters) may pick the wrong one. Sampled (<c>analysis_limit</c>), so even a large database is
/// analyzed in well under a second.
/// </summary>
public static class SqliteStatistics
{
    /// <summary>
    /// Analyzes when an index of the requests has no statistics yet (a new database, or a migration that added one),
    /// or when <paramref name="force"/>d (after a large register import); otherwise lets SQLite re-analyze the tables
    /// that changed a lot (<c>PRAGMA optimize</c>).
    /// </summary>
    public static async Task RefreshAsync(AppDbContext db, bool force = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite()) return;
        var analyze = force || await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").SingleAsync(ct) == 0
            || await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM pragma_index_list('Requests') AS i " +
                "WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.tbl = 'Requests' AND s.idx = i.name)").SingleAsync(ct) > 0;
        await db.Database.ExecuteSqlRawAsync(analyze ? "PRAGMA analysis_limit=1000; ANALYZE;" : "PRAGMA analysis_limit=1000; PRAGMA optimize;", ct);
    }
}

/// <summary>Refreshes the SQLite statistics every few hours, for a database that keeps growing while the app runs.</summary>
public sealed partial class SqliteStatisticsJob(IServiceScopeFactory scopes, ILogger<SqliteStatisticsJob> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                if (!db.Database.IsSqlite()) return;
                await SqliteStatistics.RefreshAsync(db, ct: stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(log, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the SQLite statistics failed")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
