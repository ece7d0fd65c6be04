using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SipPpid.Data;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Writes imported register records inside the context's current transaction, bypassing change tracking:
/// SaveChanges spent most of an import's time on tracking and per-row command building. Column names, store
/// types and value conversions (enums as names, UTC instants) come from the EF model, so EF reads the rows
/// back exactly as if it had written them.
/// </summary>
public abstract class RegisterBulkWriter(AppDbContext db) : IDisposable
{
    protected AppDbContext Db { get; } = db;

    public static RegisterBulkWriter For(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql() ? new NpgsqlRegisterWriter(db) : new SqliteRegisterWriter(db);
    }

    /// <summary>Inserts the records with their ids and foreign keys; requires an open transaction on the context.</summary>
    public abstract Task WriteAsync(IReadOnlyList<RegisterRecord> records, CancellationToken ct);

    /// <summary>The connection's transaction; the import must never write outside its all-or-nothing transaction.</summary>
    protected System.Data.Common.DbTransaction Transaction =>
        Db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("The register import writes inside a transaction.");

    protected TableMap Map<T>() => TableMap.Of<T>(Db);

    /// <summary>Ends the writer's use of the connection (statements, settings); the transaction stays the caller's.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>One table of the EF model: its quoted name, key column and the other columns with their getters.</summary>
public sealed class TableMap
{
    private TableMap(string table, TableColumn key, IReadOnlyList<TableColumn> columns)
    {
        Table = table;
        Key = key;
        Columns = columns;
    }

    /// <summary>The delimited table name, ready for SQL.</summary>
    public string Table { get; }

    public TableColumn Key { get; }

    /// <summary>Every mapped column except the generated key.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    public static TableMap Of<T>(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties.Single();
        TableColumn Column(IProperty p) => new(sql.DelimitIdentifier(p.GetColumnName(store)!), p);
        return new TableMap(sql.DelimitIdentifier(table, type.GetSchema()),
            Column(key), type.GetProperties().Where(p => p != key).Select(Column).ToList());
    }
}

/// <summary>A column and how EF turns the property into the provider value.</summary>
public sealed class TableColumn(string name, IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();
    private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;

    /// <summary>The delimited column name.</summary>
    public string Name { get; } = name;

    public RelationalTypeMapping Mapping { get; } = (RelationalTypeMapping)property.GetTypeMapping();

    /// <summary>The CLR type the provider receives (after any conversion).</summary>
    public Type ProviderType { get; } = Underlying(property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType);

    /// <summary>The value as EF would send it: converted (enum name, UTC), or null.</summary>
    public object? Value(object entity)
    {
        var value = _getter.GetClrValueUsingContainingEntity(entity);
        return value is null ? null : _converter is null ? value : _converter.ConvertToProvider(value);
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
