using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// PostgreSQL: binary COPY per table, the fastest way into the server. Request and objection ids are drawn from
/// their identity sequences up front (so events, objections and disputes can refer to them within the same
/// COPY stream); events and disputes take their ids from the column default, in row order.
/// </summary>
public sealed class NpgsqlRegisterWriter(AppDbContext db) : RegisterBulkWriter(db)
{
    public override async Task WriteAsync(IReadOnlyList<RegisterRecord> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var requestMap = Map<InformationRequest>();
        var objectionMap = Map<Objection>();
        var objections = records.Where(r => r.Objection is not null).Select(r => r.Objection!).ToList();

        var requestIds = await NextIdsAsync(requestMap, records.Count, ct);
        for (var i = 0; i < records.Count; i++) records[i].Request.Id = requestIds[i];
        var objectionIds = await NextIdsAsync(objectionMap, objections.Count, ct);
        for (var i = 0; i < objections.Count; i++) objections[i].Id = objectionIds[i];
        foreach (var record in records)
        {
            foreach (var e in record.Events) e.RequestId = record.Request.Id;
            if (record.Objection is { } objection) objection.RequestId = record.Request.Id;
            if (record.Dispute is { } dispute)
            {
                dispute.RequestId = record.Request.Id;
                dispute.ObjectionId = record.Objection?.Id;
            }
        }

        // Parents first: the foreign keys are checked row by row as COPY inserts.
        await CopyAsync(requestMap, withKey: true, records.Select(r => (object)r.Request), ct);
        await CopyAsync(Map<RequestEvent>(), withKey: false, records.SelectMany(r => r.Events), ct);
        await CopyAsync(objectionMap, withKey: true, objections, ct);
        await CopyAsync(Map<Dispute>(), withKey: false, records.Where(r => r.Dispute is not null).Select(r => (object)r.Dispute!), ct);
    }

    private async Task<List<int>> NextIdsAsync(TableMap map, int count, CancellationToken ct)
    {
        var ids = new List<int>(count);
        if (count == 0) return ids;
        await using var cmd = Connection.CreateCommand();
        cmd.Transaction = (NpgsqlTransaction)Transaction;
        // pg_get_serial_sequence parses its first argument as SQL (so the quoted name), the second literally.
        cmd.CommandText = "SELECT nextval(pg_get_serial_sequence(@table, @key)) FROM generate_series(1, @count)";
        cmd.Parameters.AddWithValue("table", map.Table);
        cmd.Parameters.AddWithValue("key", map.Key.Name.Trim('"'));
        cmd.Parameters.AddWithValue("count", count);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(checked((int)reader.GetInt64(0)));
        return ids;
    }

    private async Task CopyAsync(TableMap map, bool withKey, IEnumerable<object> rows, CancellationToken ct)
    {
        var columns = withKey ? [map.Key, .. map.Columns] : map.Columns.ToList();
        var types = columns.Select(c => TypeOf(c.ProviderType)).ToArray();
        var sql = $"COPY {map.Table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await Connection.BeginBinaryImportAsync(sql, ct);
        // Synchronous writes per value: they only fill Npgsql's buffer (flushing when full), and the async
        // versions cost a state machine per value across millions of values.
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            writer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Value(row) is { } value) writer.Write(value, types[i]);
                else writer.WriteNull();
            }
        }

        await writer.CompleteAsync(ct);
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)Db.Database.GetDbConnection();

    /// <summary>The wire type for a provider value; binary COPY needs it exactly (text also fits varchar columns).</summary>
    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : throw new NotSupportedException($"No COPY type for {type.Name}.");
}
