using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Reports.Archive;

/// <summary>One figure of one unit (or the total, code null) that differs between the archived copy and today.</summary>
public sealed record FigureChange(string? UnitCode, string UnitName, string Figure, string Before, string After);

/// <summary>A request event recorded after the finalization instant that may have changed the archived figures.</summary>
public sealed record LateEvent(int RequestId, string Number, string UnitCode, RequestEventKind Kind, DateOnly Date, DateTime AtUtc, string Actor);

/// <summary>
/// "Koreksi setelah final": the archived copy never changes, so what changed since is shown beside it — the figures
/// that differ now (both from <see cref="ServiceReport"/>: the stored JSON against a fresh run), and the request
/// events recorded after the finalization instant for what the report counts (requests received in the period,
/// objections received and disputes registered in it) within the unit subtree, including requests routed out of it.
/// </summary>
public sealed class ArchiveCorrections(AppDbContext db, ServiceReport report)
{
    public const int MaxEvents = 500;

    public async Task<IReadOnlyList<FigureChange>> FiguresAsync(ReportArchive archive, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var live = await report.RunAsync(new ServiceReport.Query(archive.From, archive.To, archive.UnitCode), ct);
        return live is null ? [] : Compare(archive.FiguresJson, JsonSerializer.Serialize(live));
    }

    /// <summary>
    /// Every figure that differs, unit by unit in the archived order (units added since come last), then the total;
    /// the figures in the order of <see cref="ReportFigures.All"/>. Only the figures both copies have are compared
    /// (read from the totals): a figure added to the report after the finalization is not a correction.
    /// </summary>
    public static IReadOnlyList<FigureChange> Compare(string archivedJson, string liveJson)
    {
        using var before = JsonDocument.Parse(archivedJson);
        using var after = JsonDocument.Parse(liveJson);
        var (beforeTotal, afterTotal) = (before.RootElement.GetProperty("total"), after.RootElement.GetProperty("total"));
        var figures = ReportFigures.All.Select(f => f.Path).Where(p => Value(beforeTotal, p) is not null && Value(afterTotal, p) is not null).ToList();
        var beforeUnits = Units(before.RootElement);
        var afterUnits = Units(after.RootElement);
        var changes = new List<FigureChange>();
        foreach (var code in beforeUnits.Keys.Concat(afterUnits.Keys.Except(beforeUnits.Keys)))
        {
            var b = beforeUnits.GetValueOrDefault(code);
            var a = afterUnits.GetValueOrDefault(code);
            var name = (a.ValueKind != JsonValueKind.Undefined ? a : b).GetProperty("name").GetString() ?? code;
            changes.AddRange(Diff(code, name, b, a, figures));
        }

        changes.AddRange(Diff(null, "Jumlah", beforeTotal, afterTotal, figures));
        return changes;
    }

    public async Task<IReadOnlyList<LateEvent>> EventsAsync(ReportArchive archive, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var (at, from, to) = (archive.FinalizedAtUtc, archive.From, archive.To);
        var prefix = await db.Units.Where(u => u.Id == archive.UnitId).Select(u => u.Path).FirstAsync(ct);
        var subtree = await db.Units.Where(u => u.Path.StartsWith(prefix)).Select(u => u.Id).ToListAsync(ct);
        return await db.RequestEvents.AsNoTracking()
            .Where(e => e.AtUtc > at)
            .Where(e => e.Request!.Unit!.Path.StartsWith(prefix) || (e.FromUnitId != null && subtree.Contains(e.FromUnitId.Value)))
            .Where(e => (e.Request!.ReceivedDate >= from && e.Request.ReceivedDate <= to)
                        || db.Objections.Any(o => o.RequestId == e.RequestId && o.ReceivedDate >= from && o.ReceivedDate <= to)
                        || db.Disputes.Any(d => d.RequestId == e.RequestId && d.RegisteredDate >= from && d.RegisteredDate <= to))
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Take(MaxEvents)
            .Select(e => new LateEvent(e.RequestId, e.Request!.RegistrationNumber, e.Request.Unit!.Code, e.Kind, e.Date, e.AtUtc, e.ActorName))
            .ToListAsync(ct);
    }

    private static Dictionary<string, JsonElement> Units(JsonElement root) =>
        root.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u);

    private static IEnumerable<FigureChange> Diff(string? code, string name, JsonElement before, JsonElement after, IReadOnlyList<string> figures)
    {
        foreach (var path in figures)
        {
            var (x, y) = (Value(before, path) ?? "–", Value(after, path) ?? "–");
            if (x != y) yield return new FigureChange(code, name, path, x, y);
        }
    }

    /// <summary>
    /// The figure at "requests.byDecision.granted_full" in one unit's (or the total's) figures as its JSON text; "–"
    /// when it or a group holding it is null (no processing days when nothing was decided); null when the copy
    /// does not have it.
    /// </summary>
    private static string? Value(JsonElement figures, string path)
    {
        var e = figures;
        foreach (var part in path.Split('.'))
        {
            if (e.ValueKind == JsonValueKind.Null) return "–";
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(part, out e)) return null;
        }

        return e.ValueKind == JsonValueKind.Null ? "–" : e.GetRawText();
    }
}
