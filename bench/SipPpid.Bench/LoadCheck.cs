using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Bench;

/// <summary>
/// After a load run: every 201 the client recorded is in the database with its tracking code, no number is
/// duplicated, and each unit's numbers of a year are exactly 1…N with N the counter's last value (so nothing was
/// skipped either). Exits non-zero on any finding.
/// </summary>
public static class LoadCheck
{
    public static async Task<int> RunAsync(string provider, string connection, string createdFile)
    {
        await using var db = provider == "postgres"
            ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(connection).Options)
            : new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        var rows = await db.Requests.AsNoTracking()
            .Select(r => new { r.RegisteredUnitId, r.RegistrationNumber, r.TrackingCode, r.ReceivedDate.Year, Load = r.ApplicantName == LoadClient.ApplicantName })
            .ToListAsync();
        var counters = await db.NumberSequences.AsNoTracking().Where(s => s.Kind == "request").ToListAsync();
        var byNumber = rows.ToLookup(r => r.RegistrationNumber);

        var created = (await File.ReadAllLinesAsync(createdFile)).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var missing = created.Count(c => !byNumber[c[1]].Any(r => r.TrackingCode == c[2]));
        var answeredTwice = created.GroupBy(c => c[1]).Count(g => g.Count() > 1);
        var duplicates = rows.GroupBy(r => (r.RegisteredUnitId, r.RegistrationNumber)).Count(g => g.Count() > 1);

        var gaps = 0;
        foreach (var g in rows.GroupBy(r => (r.RegisteredUnitId, r.Year)))
        {
            var seqs = g.Select(r => int.Parse(r.RegistrationNumber.Split('/')[0], CultureInfo.InvariantCulture)).Order().ToList();
            var last = counters.FirstOrDefault(c => c.UnitId == g.Key.RegisteredUnitId && c.Year == g.Key.Year)?.Last ?? 0;
            if (!seqs.SequenceEqual(Enumerable.Range(1, last)))
            {
                gaps++;
                Console.WriteLine($"unit {g.Key.RegisteredUnitId} year {g.Key.Year}: {seqs.Count} numbers, counter at {last}, not 1..{last}");
            }
        }

        var sync = provider == "postgres"
            ? await Scalar(db, "SELECT current_setting('synchronous_commit') || ', fsync=' || current_setting('fsync')")
            : await Scalar(db, "PRAGMA synchronous");
        // Registered by the load but never answered 201: in flight when an instance was killed (the client may retry with its key).
        var unanswered = rows.Count(r => r.Load) - (created.Count - missing);
        Console.WriteLine($"check: {created.Count} answered 201, {missing} of them missing from the database, {answeredTwice} numbers answered twice, " +
                          $"{unanswered} stored without a 201 reaching the client; " +
                          $"{rows.Count} requests in the database, {duplicates} duplicate numbers, {gaps} unit-years not numbered 1..N; durability setting: {sync}");
        return missing + answeredTwice + duplicates + gaps == 0 ? 0 : 1;
    }

    private static async Task<string> Scalar(AppDbContext db, string sql)
    {
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }
}
