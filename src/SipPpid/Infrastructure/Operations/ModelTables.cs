using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SipPpid.Infrastructure.Operations;

/// <summary>
/// The model's tables as the operations commands see them: every entity type's table, principals before the
/// tables that point to them, and their row counts and applied migrations read with plain SQL (so a staged copy
/// that no context is configured for can be checked the same way).
/// </summary>
public static class ModelTables
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>Entity types in insert order: each after the entity types it has a foreign key to (self-references aside).</summary>
    public static IReadOnlyList<IEntityType> InInsertOrder(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned())
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(t => t.GetForeignKeys()
                .All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle: " + string.Join(", ", pending.Select(t => t.GetTableName())));
            ordered.Add(next);
            pending.Remove(next);
        }

        return ordered;
    }

    public static IReadOnlyList<string> Names(DbContext db) => [.. InInsertOrder(db).Select(t => t.GetTableName()!)];

    public static async Task<SortedDictionary<string, long>> CountAsync(DbConnection conn, IEnumerable<string> tables, CancellationToken ct, DbTransaction? tx = null)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(tables);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var cmd = conn.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public static async Task<List<string>> MigrationsAsync(DbConnection conn, CancellationToken ct, DbTransaction? tx = null)
    {
        ArgumentNullException.ThrowIfNull(conn);
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT \"MigrationId\" FROM \"{MigrationsTable}\" ORDER BY \"MigrationId\"";
        var ids = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>Names the first table whose count differs, or null when every count matches.</summary>
    public static string? FirstDifference(IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        foreach (var (table, count) in expected)
        {
            var found = actual.TryGetValue(table, out var n) ? n : -1;
            if (found != count) return $"{table}: expected {count} rows, found {(found < 0 ? "no table" : found)}";
        }

        return null;
    }
}
