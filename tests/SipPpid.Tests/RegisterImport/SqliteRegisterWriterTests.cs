using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SipPpid.Bench;
using SipPpid.Data;
using SipPpid.Features.RegisterImport;

namespace SipPpid.Tests.RegisterImport;

/// <summary>
/// The SQLite writer enlarges the connection's page cache while it imports (that made the write phase a third
/// faster) and must give it back: the connection returns to the pool and serves the app afterwards.
/// </summary>
public sealed class SqliteRegisterWriterTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sipppid-writer-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task The_page_cache_is_enlarged_while_writing_and_restored_afterwards()
    {
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_file}").Options);
        await db.MigrateAsync();
        var units = await NationalData.AddUnitsAsync(db, 3);
        var calendar = new WorkingCalendar([], false);
        var rows = new NationalData(calendar, seed: 5).Rows([.. units.Keys], 50).ToList();
        await db.Database.OpenConnectionAsync();
        var before = await CacheSizeAsync(db);

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            using var writer = RegisterBulkWriter.For(db);
            var records = rows.Select(r => RegisterRecords.Build(calendar, r, units[r.UnitCode],
                r.ReceivedDate.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), $"IMP/{r.UnitCode}/{r.RegistrationNumber}")).ToList();
            await writer.WriteAsync(records[..25], CancellationToken.None);
            await writer.WriteAsync(records[25..], CancellationToken.None);
            Assert.Equal(-256 * 1024, await CacheSizeAsync(db));
            writer.Dispose();
            Assert.Equal(before, await CacheSizeAsync(db));
            await tx.CommitAsync();
        }

        Assert.Equal(-2000, before);
        Assert.Equal(50, await db.Requests.CountAsync());
        Assert.Equal(rows.Count(r => r.ObjectionDate is not null), await db.Objections.CountAsync());
        Assert.True(await db.RequestEvents.CountAsync() >= 50);
    }

    private static async Task<long> CacheSizeAsync(AppDbContext db)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = "PRAGMA cache_size";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}
