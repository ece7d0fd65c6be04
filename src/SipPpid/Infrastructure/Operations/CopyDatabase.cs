using System.Data;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SipPpid.Data;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// `copy-to PROVIDER CONNECTION`: copies every table of the model (Identity, units, holidays, requests, events,
/// objections, files metadata, outbox, settings, audit, number sequences…) from the configured database to an
/// empty one — the move from SQLite to PostgreSQL. Rows keep their ids; PostgreSQL identity sequences are set past
/// the copied ids. The source is read in one snapshot and the target written in one transaction that commits only
/// when every table's count matches, so a failed copy leaves the target empty.
/// </summary>
public sealed class CopyDatabase(AppDbContext source)
{
    private const int Batch = 1000;

    public async Task<Outcome> RunAsync(string provider, string connection, TextWriter progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        provider = provider.ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => "postgres",
            "sqlite" => "sqlite",
            _ => "",
        };
        if (provider.Length == 0) return Outcome.Fail("PROVIDER must be postgres or sqlite");
        if (SameDatabase(provider, connection)) return Outcome.Fail("the target is the configured database itself");
        if (provider == "sqlite") Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile.PathOf(connection))!);

        var types = ModelTables.InInsertOrder(source);
        var tables = types.Select(t => t.GetTableName()!).ToList();
        await using var target = DatabaseSetup.CreateContext(provider, connection);
        await target.MigrateAsync(ct);
        await target.Database.OpenConnectionAsync(ct);
        var filled = (await ModelTables.CountAsync(target.Database.GetDbConnection(), tables, ct)).FirstOrDefault(c => c.Value > 0);
        if (filled.Value > 0)
            return Outcome.Fail($"the target database is not empty ({filled.Key} has {filled.Value} rows): copy-to needs a new, empty database");

        await using var read = await source.Database.BeginTransactionAsync(source.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        await using var write = await target.Database.BeginTransactionAsync(ct);
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        var copy = typeof(CopyDatabase).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in types)
        {
            if (type.HasSharedClrType || type.GetProperties().Any(p => p.IsShadowProperty()))
                throw new InvalidOperationException($"copy-to copies entities through their CLR type; {type.DisplayName()} has a shadow or shared-type mapping.");
            var rows = await (Task<int>)copy.MakeGenericMethod(type.ClrType).Invoke(null, [source, target, type, ct])!;
            await progress.WriteLineAsync($"  {type.GetTableName()}: {rows} rows");
        }

        if (target.Database.IsNpgsql()) await ResetSequencesAsync(target, types, ct);

        var expected = await ModelTables.CountAsync(source.Database.GetDbConnection(), tables, ct, read.GetDbTransaction());
        var copied = await ModelTables.CountAsync(target.Database.GetDbConnection(), tables, ct, write.GetDbTransaction());
        if (ModelTables.FirstDifference(expected, copied) is { } difference)
            return Outcome.Fail($"the copy does not match the source ({difference}); nothing was committed");
        await write.CommitAsync(ct);
        return Outcome.Done($"Copied {tables.Count} tables ({expected.Values.Sum()} rows) to the {provider} database; every table's row count matches.");
    }

    private static async Task<int> CopyTableAsync<T>(AppDbContext source, AppDbContext target, IEntityType type, CancellationToken ct) where T : class
    {
        var rows = 0;
        var self = type.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalEntityType == type);
        if (self is not null)
        {
            // A tree (units under units): parents go in before their children.
            foreach (var row in ParentsFirst(await source.Set<T>().AsNoTracking().ToListAsync(ct), self))
            {
                target.Entry(row).State = EntityState.Added;
                rows++;
            }

            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
            return rows;
        }

        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            target.Entry(row).State = EntityState.Added;
            if (++rows % Batch != 0) continue;
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
        }

        await target.SaveChangesAsync(ct);
        target.ChangeTracker.Clear();
        return rows;
    }

    private static List<T> ParentsFirst<T>(List<T> rows, IForeignKey self) where T : class
    {
        var key = self.PrincipalKey.Properties.Single().GetGetter();
        var parent = self.Properties.Single().GetGetter();
        var byKey = rows.ToDictionary(r => key.GetClrValue(r)!);
        var depth = new Dictionary<T, int>();
        int Depth(T row, int guard)
        {
            if (depth.TryGetValue(row, out var d)) return d;
            var p = parent.GetClrValue(row);
            d = p is not null && guard < rows.Count && byKey.TryGetValue(p, out var up) ? Depth(up, guard + 1) + 1 : 0;
            depth[row] = d;
            return d;
        }

        return [.. rows.OrderBy(r => Depth(r, 0))];
    }

    /// <summary>Identity columns continue after the copied ids, so the next insert does not collide.</summary>
    private static async Task ResetSequencesAsync(AppDbContext target, IEnumerable<IEntityType> types, CancellationToken ct)
    {
        foreach (var type in types)
        {
            if (type.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || key.ClrType != typeof(int) && key.ClrType != typeof(long))
                continue;
            var table = type.GetTableName()!;
            var column = key.GetColumnName();
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), m) FROM (SELECT MAX(\"{column}\") AS m FROM \"{table}\") x WHERE m IS NOT NULL";
            await target.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    private bool SameDatabase(string provider, string connection)
    {
        var current = source.Database.GetConnectionString() ?? "";
        if (provider == "sqlite")
            return source.Database.IsSqlite() && SqliteFile.PathOf(current) == SqliteFile.PathOf(connection);
        if (!source.Database.IsNpgsql()) return false;
        var (a, b) = (new NpgsqlConnectionStringBuilder(current), new NpgsqlConnectionStringBuilder(connection));
        return a.Host == b.Host && a.Port == b.Port && a.Database == b.Database;
    }
}
