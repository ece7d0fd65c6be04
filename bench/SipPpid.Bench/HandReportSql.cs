using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Features.Requests;

namespace SipPpid.Bench;

/// <summary>
/// The service report's figures from one hand-written SQL statement per database: the yardstick the figures engine
/// (<see cref="ServiceReport"/>) is timed against. One scan of the period's requests (materialised once), every
/// figure a filtered count, durations as differences of the stored working-day ordinals, medians from the
/// per-unit histogram of durations with window sums, the total row by GROUPING SETS (PostgreSQL) or UNION ALL
/// (SQLite). The rows are mapped into the engine's records only so the two can be compared as JSON.
/// </summary>
public static class HandReportSql
{
    private static readonly string[] Distribution = ["0-3", "4-7", "8-10", "11-17", ">17"];
    private static readonly (int Lo, int Hi)[] Bounds = [(0, 3), (4, 7), (8, 10), (11, 17), (18, int.MaxValue)];
    private static readonly string[] GroundLetters = ["a", "b", "c", "d", "e", "f", "g"];

    /// <summary>The statement for the context's provider; parameters @prefix, @from, @to (the period) and @asOf (the day states are counted as of).</summary>
    public static string Statement(bool postgres)
    {
        var t = postgres ? "true" : "1";
        var f = postgres ? "false" : "0";
        var greatest = postgres ? "greatest" : "max";
        var same = postgres ? "IS NOT DISTINCT FROM" : "IS";
        var aggregates = string.Join(",\n    ", RequestAggregates());
        var requestGroups = postgres
            ? $"SELECT unit, {aggregates} FROM r GROUP BY GROUPING SETS ((unit), ())"
            : $"SELECT unit, {aggregates} FROM r GROUP BY unit UNION ALL SELECT NULL, {aggregates} FROM r";
        var histogram = postgres
            ? "SELECT unit, days, count(*) AS n FROM r WHERE decided GROUP BY GROUPING SETS ((unit, days), (days))"
            : "SELECT unit, days, count(*) AS n FROM r WHERE decided GROUP BY unit, days UNION ALL SELECT NULL, days, count(*) FROM r WHERE decided GROUP BY days";
        string ByUnit(string select, string from) => postgres
            ? $"SELECT q.\"UnitId\" AS unit, {select} {from} GROUP BY GROUPING SETS ((q.\"UnitId\"), ())"
            : $"SELECT q.\"UnitId\" AS unit, {select} {from} GROUP BY q.\"UnitId\" UNION ALL SELECT NULL, {select} {from}";

        var objections = string.Join(", ", GroundLetters.Select(g => $"count(*) FILTER (WHERE x.\"Grounds\" LIKE '%{g}%') AS o_ground_{g}").Prepend("count(*) AS o_received")
                        .Concat(Enum.GetValues<ObjectionDecision>().Select(d => $"count(*) FILTER (WHERE x.\"DecisionDate\" <= @asOf AND x.\"Decision\" = '{d}') AS o_{d}"))
            .Append("count(*) FILTER (WHERE x.\"DecisionDate\" <= @asOf AND x.\"DecisionDate\" <= x.\"Deadline\") AS o_on_time"));
        var disputes = string.Join(", ", Enum.GetValues<DisputeOutcome>()
            .Select(o => $"count(*) FILTER (WHERE x.\"OutcomeDate\" <= @asOf AND x.\"Outcome\" = '{o}') AS d_{o}")
            .Prepend($"count(*) FILTER (WHERE x.\"CourtCase\" = {t}) AS d_court").Prepend("count(*) AS d_received"));
        var joinScope = "JOIN \"Requests\" q ON q.\"Id\" = x.\"RequestId\" JOIN s ON s.id = q.\"UnitId\"";

        return $"""
            WITH s AS MATERIALIZED (SELECT "Id" AS id FROM "Units" WHERE "Path" LIKE @prefix),
            r AS MATERIALIZED (
              SELECT q."UnitId" AS unit, q."Channel" AS channel, q."Decision" AS decision, q."ExemptionBasis" AS basis,
                coalesce(q."NoticeDate" <= @asOf, {f}) AS decided,
                coalesce(q."WithdrawnDate" <= @asOf, {f}) AS gone,
                coalesce(q."ExtensionValid" AND q."ExtensionDate" <= @asOf, {f}) AS ext,
                CASE WHEN q."ExtensionValid" AND q."ExtensionDate" <= @asOf THEN q."ExtendedDeadline" ELSE q."FirstDeadline" END AS deadline,
                q."NoticeDate" AS notice,
                {greatest}(coalesce(q."NoticeOrdinal" - q."ReceivedOrdinal", 0), 0) AS days
              FROM "Requests" q JOIN s ON s.id = q."UnitId"
              WHERE q."ReceivedDate" >= @from AND q."ReceivedDate" <= @to),
            req AS ({requestGroups}),
            h AS ({histogram}),
            hc AS (SELECT unit, days, n, CAST(sum(n) OVER (PARTITION BY unit ORDER BY days) AS BIGINT) - n AS below,
                     CAST(sum(n) OVER (PARTITION BY unit) AS BIGINT) AS total FROM h),
            med AS (SELECT unit, (min(days) FILTER (WHERE below <= (total - 1) / 2 AND (total - 1) / 2 < below + n)
                                + min(days) FILTER (WHERE below <= total / 2 AND total / 2 < below + n)) / 2.0 AS median
                    FROM hc GROUP BY unit),
            o AS ({ByUnit(objections, $"FROM \"Objections\" x {joinScope} WHERE x.\"ReceivedDate\" >= @from AND x.\"ReceivedDate\" <= @to")}),
            d AS ({ByUnit(disputes, $"FROM \"Disputes\" x {joinScope} WHERE x.\"RegisteredDate\" >= @from AND x.\"RegisteredDate\" <= @to")})
            SELECT u."Code" AS code, u."Name" AS name, p."Code" AS parent_code, req.*, med.median, o.*, d.*
            FROM (SELECT id FROM s UNION ALL SELECT NULL) k
            LEFT JOIN "Units" u ON u."Id" = k.id
            LEFT JOIN "Units" p ON p."Id" = u."ParentId"
            LEFT JOIN req ON req.unit {same} k.id
            LEFT JOIN med ON med.unit {same} k.id
            LEFT JOIN o ON o.unit {same} k.id
            LEFT JOIN d ON d.unit {same} k.id
            ORDER BY k.id IS NULL, u."Path"
            """;
    }

    private static IEnumerable<string> RequestAggregates()
    {
        yield return "count(*) AS received";
        foreach (var c in Enum.GetValues<Channel>()) yield return $"count(*) FILTER (WHERE channel = '{c}') AS ch_{RequestCodes.Code(c)}";
        yield return "count(*) FILTER (WHERE gone AND NOT decided) AS withdrawn";
        yield return "count(*) FILTER (WHERE decided) AS decided";
        foreach (var d in Enum.GetValues<Decision>()) yield return $"count(*) FILTER (WHERE decided AND decision = '{d}') AS dec_{RequestCodes.Code(d)}";
        foreach (var b in RequestCodes.ExemptionBases) yield return $"count(*) FILTER (WHERE decided AND decision = 'RejectedExempt' AND basis = '{b}') AS ex_{b}";
        yield return "count(*) FILTER (WHERE ext) AS extended";
        yield return "count(*) FILTER (WHERE decided AND notice <= deadline) AS on_time";
        yield return "count(*) FILTER (WHERE NOT decided AND NOT gone AND deadline < @asOf) AS overdue";
        yield return "sum(days) FILTER (WHERE decided) AS days_sum";
        yield return "min(days) FILTER (WHERE decided) AS days_min";
        yield return "max(days) FILTER (WHERE decided) AS days_max";
        for (var i = 0; i < Bounds.Length; i++)
        {
            var (lo, hi) = Bounds[i];
            yield return $"count(*) FILTER (WHERE decided AND days >= {lo}{(hi == int.MaxValue ? "" : $" AND days <= {hi}")}) AS dist_{i}";
        }
    }

    /// <summary>Runs the statement for a period over the subtree of <paramref name="unitCode"/> (default the root).</summary>
    public static async Task<ServiceReportResult> RunAsync(AppDbContext db, DateOnly from, DateOnly to, string? unitCode, DateOnly? asOf = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var top = await db.Units.AsNoTracking().Where(u => unitCode == null ? u.ParentId == null : u.Code == unitCode).Select(u => new { u.Code, u.Path }).SingleAsync(ct);
        var postgres = db.Database.IsNpgsql();
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = Statement(postgres);
        Add(cmd, "prefix", top.Path + "%");
        Add(cmd, "from", from);
        Add(cmd, "to", to);
        Add(cmd, "asOf", asOf ?? to);
        var units = new List<UnitFigures>();
        Figures? total = null;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var ordinals = Enumerable.Range(0, reader.FieldCount).GroupBy(reader.GetName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(ct))
        {
            int N(string column) => reader.IsDBNull(ordinals[column]) ? 0 : Convert.ToInt32(reader.GetValue(ordinals[column]), CultureInfo.InvariantCulture);
            var figures = Map(N, reader.IsDBNull(ordinals["median"]) ? null : (decimal)Convert.ToDouble(reader.GetValue(ordinals["median"]), CultureInfo.InvariantCulture));
            if (reader.IsDBNull(ordinals["code"])) total = figures;
            else units.Add(new UnitFigures(reader.GetString(ordinals["code"]), reader.GetString(ordinals["name"]),
                reader.IsDBNull(ordinals["parent_code"]) ? null : reader.GetString(ordinals["parent_code"]), figures.Requests, figures.Objections, figures.Disputes));
        }

        return new ServiceReportResult("service", Iso(from), Iso(to), Iso(asOf ?? to), top.Code, units, total!);
    }

    private static Figures Map(Func<string, int> n, decimal? median)
    {
        var received = n("received");
        var decided = n("decided");
        var withdrawn = n("withdrawn");
        var onTime = n("on_time");
        var processing = decided == 0 ? null
            : new ProcessingDays(Math.Round((decimal)n("days_sum") / decided, 2, MidpointRounding.AwayFromZero),
                Math.Round(median!.Value, 2, MidpointRounding.AwayFromZero), n("days_min"), n("days_max"));
        var requests = new RequestFigures(received,
            Enum.GetValues<Channel>().ToDictionary(c => RequestCodes.Code(c), c => n("ch_" + RequestCodes.Code(c))),
            withdrawn, decided, received - decided - withdrawn,
            Enum.GetValues<Decision>().ToDictionary(d => RequestCodes.Code(d), d => n("dec_" + RequestCodes.Code(d))),
            RequestCodes.ExemptionBases.ToDictionary(b => b, b => n("ex_" + b)),
            n("extended"), onTime, decided - onTime, n("overdue"), processing,
            Distribution.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => n("dist_" + x.i)));

        var objectionDecisions = new Dictionary<string, int>
        {
            ["accepted"] = n("o_Accepted"),
            ["rejected"] = n("o_Rejected"),
            ["settled"] = n("o_Settled"),
            ["withdrawn"] = n("o_Withdrawn"),
        };
        var oReceived = n("o_received");
        var oDecided = objectionDecisions.Values.Sum();
        var oOnTime = n("o_on_time");
        var objections = new ObjectionFigures(oReceived, GroundLetters.ToDictionary(g => g, g => n("o_ground_" + g)), oDecided, oReceived - oDecided,
            objectionDecisions, oOnTime, oDecided - oOnTime);

        var dReceived = n("d_received");
        var outcomes = new Dictionary<string, int>
        {
            ["mediation_success"] = n("d_MediationSuccess"),
            ["adjudication_for_applicant"] = n("d_AdjudicationForApplicant"),
            ["adjudication_for_public_body"] = n("d_AdjudicationForPublicBody"),
            ["withdrawn"] = n("d_Withdrawn"),
        };
        outcomes["pending"] = dReceived - outcomes.Values.Sum();
        return new Figures(requests, objections, new DisputeFigures(dReceived, outcomes, n("d_court")));
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
