using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SipPpid.Bench;
using SipPpid.Data;
using SipPpid.Features.Reports;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The figures engine's request query, for the whole tree and for a subtree, is answered from one range of the
/// covering index <c>IX_Requests_Report</c> alone, once the app has given SQLite its statistics (it never gathers them
/// by itself). A new counted column missing from the index turns the plan into a read of every row of the period,
/// and so does an index that starts with (UnitId, ReceivedDate) (SQLite then prefers a skip-scan of it): this test
/// then fails.
/// </summary>
public sealed class ReportIndexTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sipppid-plan-{Guid.NewGuid():N}.db");
    private readonly CapturedCommands _commands = new();

    [Fact]
    public async Task The_report_reads_a_range_of_the_covering_index_for_the_tree_and_seeks_unit_by_unit_for_a_subtree()
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={_file}").AddInterceptors(_commands).Options);
        await db.MigrateAsync();
        var units = await NationalData.AddUnitsAsync(db, 14);
        var data = new NationalData(new WorkingCalendar([], false), seed: 7);
        await data.WriteAsync(db, units, data.Rows([.. units.Keys], 3000));

        Assert.Equal(0, await StatRowsAsync(db));
        await SqliteStatistics.RefreshAsync(db);
        Assert.True(await StatRowsAsync(db) > 0, "the requests have planner statistics");

        var agencyPath = await db.Units.Where(u => u.Code == "A01").Select(u => u.Path).SingleAsync();
        foreach (var (prefix, expected) in new[]
                 {
                     ((string?)null, "SEARCH r USING COVERING INDEX IX_Requests_Report (ReceivedDate>? AND ReceivedDate<?)"),
                     (agencyPath, "SEARCH r USING COVERING INDEX IX_Requests_Report (ReceivedDate>? AND ReceivedDate<?)"),
                 })
        {
            _commands.Clear();
            await ServiceTallies.LoadAsync(db, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31), prefix, CancellationToken.None);
            var tally = _commands.Single(c => c.Text.Contains("GROUP BY", StringComparison.Ordinal) && c.Text.Contains("FROM \"Requests\"", StringComparison.Ordinal));
            var plan = await PlanAsync(db, tally);
            Assert.True(plan.Contains(expected, StringComparison.Ordinal), $"expected {expected}; the plan was:\n{plan}");
        }
    }

    private static async Task<long> StatRowsAsync(AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        if ((long)(await cmd.ExecuteScalarAsync())! == 0) return 0;
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'Requests'";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<string> PlanAsync(AppDbContext db, CapturedCommand command)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters) cmd.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        await using var reader = await cmd.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    private sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Every query EF sends, with its parameter values.</summary>
    private sealed class CapturedCommands : DbCommandInterceptor, IEnumerable<CapturedCommand>
    {
        private readonly List<CapturedCommand> _commands = [];

        public void Clear() => _commands.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Add(new CapturedCommand(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public IEnumerator<CapturedCommand> GetEnumerator() => _commands.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
