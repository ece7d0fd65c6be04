using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Infrastructure.Numbering;

/// <summary>
/// Registration numbers per unit and year, e.g. 0042/PPID-DISKOMINFO/XI/2026. The counter row is incremented
/// with one INSERT … ON CONFLICT DO UPDATE … RETURNING inside the caller's transaction: the row lock serialises concurrent
/// submissions on every instance, and a rolled-back registration gives its number back, so numbers are
/// never duplicated or skipped (SQLite serialises writers the same way).
/// </summary>
public sealed class Numbering(AppDbContext db)
{
    public const string DefaultFormat = "{seq:0000}/PPID-{unit}/{month}/{year}";
    public const string SettingKey = "numbering.format";

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>The next sequence number of <paramref name="unitId"/> in <paramref name="year"/>. Call inside a transaction, first.</summary>
    public Task<int> NextAsync(int unitId, int year, CancellationToken ct, string kind = NumberSequence.Requests) =>
        ReserveAsync(unitId, year, 1, ct, kind);

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive numbers and returns the first, with one upsert that creates the
    /// counter on the year's first registration. Call inside a transaction, first: the counter row stays locked until
    /// the transaction ends.
    /// </summary>
    public async Task<int> ReserveAsync(int unitId, int year, int count, CancellationToken ct, string kind = NumberSequence.Requests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Numbering needs a transaction.");
        await using var upsert = Command(db.Database.GetDbConnection(), tx,
            """
            INSERT INTO "NumberSequences" ("UnitId", "Year", "Kind", "Last") VALUES (@u, @y, @k, @n)
            ON CONFLICT ("UnitId", "Year", "Kind") DO UPDATE SET "Last" = "NumberSequences"."Last" + excluded."Last"
            RETURNING "Last"
            """, unitId, year, kind, count);
        return Convert.ToInt32(await upsert.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) - count + 1;
    }

    /// <summary>Formats a number: {seq} or {seq:0000}, {unit} (unit code), {month} (Roman), {mm}, {year}.</summary>
    public static string Format(string format, int sequence, string unitCode, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(format);
        var text = format;
        var start = text.IndexOf("{seq", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf('}', start);
            var spec = text[(start + 4)..end].TrimStart(':');
            text = text[..start] + sequence.ToString(spec.Length > 0 ? spec : "0", CultureInfo.InvariantCulture) + text[(end + 1)..];
        }

        return text.Replace("{unit}", unitCode, StringComparison.Ordinal)
            .Replace("{month}", Roman[date.Month - 1], StringComparison.Ordinal)
            .Replace("{mm}", date.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static bool IsValidFormat(string? format) =>
        format is { Length: > 0 and <= 100 } && format.Contains("{seq", StringComparison.Ordinal) &&
        format.IndexOf('}', format.IndexOf("{seq", StringComparison.Ordinal)) > 0;

    private static DbCommand Command(DbConnection conn, IDbContextTransaction tx, string sql, int unitId, int year, string kind, int count)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx.GetDbTransaction();
        cmd.CommandText = sql;
        var u = cmd.CreateParameter();
        u.ParameterName = "@u";
        u.Value = unitId;
        cmd.Parameters.Add(u);
        var y = cmd.CreateParameter();
        y.ParameterName = "@y";
        y.Value = year;
        cmd.Parameters.Add(y);
        var k = cmd.CreateParameter();
        k.ParameterName = "@k";
        k.Value = kind;
        cmd.Parameters.Add(k);
        var n = cmd.CreateParameter();
        n.ParameterName = "@n";
        n.Value = count;
        cmd.Parameters.Add(n);
        return cmd;
    }
}
