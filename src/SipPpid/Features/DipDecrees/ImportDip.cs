using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.RegisterImport;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Numbering;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// <c>import dip FILE</c> and the upload page: DIP entries from CSV or XLSX (<see cref="DipColumns"/>). The whole file
/// is checked first, all or nothing. A row whose (unit, title, production time) exists updates that entry only when
/// something differs (then its update date, change time and history), so importing a file twice changes nothing.
/// Imported entries are published. The existing keys of the file's units are read once; new entries are added in
/// batches without change detection (no query per row).
/// </summary>
public sealed class ImportDip(AppDbContext db, Numbering numbering, BodyClock clock)
{
    public const int BatchSize = 5_000;

    public static readonly Actor Importer = new(null, "Impor DIP");

    /// <summary>The counts, or the problems; <c>Reading</c> is the time spent reading and checking the file (the benchmark's "reading" figure).</summary>
    public sealed record Result(int Added, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, TimeSpan Reading = default)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    private sealed record Existing(int Id, int UnitId, DipCategory Category, string Title, string Summary, string Holder, string Responsible,
        string ProducedTime, string ProducedPlace, DipFormat Format, string Retention, string? Url, DipStatus Status, DateOnly? PublishedDate);

    /// <summary>Imports a file; <c>scope</c> is the units the uploader may import for (null from the command line: all), <c>user</c> who imports (null: the command line).</summary>
    public async Task<Result> RunAsync(Stream file, ImportRegister.FileFormat format, UnitScope? scope, ClaimsPrincipal? user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var watch = Stopwatch.StartNew();
        var table = format == ImportRegister.FileFormat.Xlsx
            ? XlsxTable.ReadTable(file, DipColumns.Required, DipColumns.Optional, DipColumns.HeaderNames)
            : CsvTable.ReadTable(file, DipColumns.Required, DipColumns.Optional);
        var fatal = table.Errors.Where(e => e.Line <= 1 || e.Column is "file" or "header").ToList();
        if (fatal.Count > 0) return new Result(0, 0, 0, fatal);
        if (table.Rows.Count == 0 && table.Malformed.Count == 0) return new Result(0, 0, 0, [new ImportError(0, "file", "contains no rows")]);

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Path })
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path), StringComparer.Ordinal, ct);
        var parser = new DipRowParser(units, scope is { IsAll: false } ? scope : null);
        var errors = new List<ImportError>(table.Errors);
        var rows = new List<DipImportRow>(table.Rows.Count);
        var firstLine = new Dictionary<(int, string, string), int>();
        foreach (var row in table.Rows)
        {
            if (parser.Parse(row, errors) is not { } r) continue;
            if (firstLine.TryAdd((r.UnitId, r.Title, r.ProducedTime), r.Line)) rows.Add(r);
            else errors.Add(new ImportError(r.Line, DipColumns.Title.Name,
                $"the same unit, title and produced_time already appear on line {firstLine[(r.UnitId, r.Title, r.ProducedTime)]}"));
        }

        var reading = watch.Elapsed;
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count > 0) return new Result(0, 0, 0, errors, reading);
        var (added, updated, unchanged) = await WriteAsync(rows, user, ct);
        return new Result(added, updated, unchanged, [], reading);
    }

    private async Task<(int Added, int Updated, int Unchanged)> WriteAsync(List<DipImportRow> rows, ClaimsPrincipal? user, CancellationToken ct)
    {
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var existing = (await db.DipEntries.AsNoTracking().Where(e => EF.Parameter(unitIds).Contains(e.UnitId))
                .Select(e => new Existing(e.Id, e.UnitId, e.Category, e.Title, e.Summary, e.Holder, e.Responsible, e.ProducedTime,
                    e.ProducedPlace, e.Format, e.Retention, e.Url, e.Status, e.PublishedDate)).ToListAsync(ct))
            .ToLookup(e => (e.UnitId, e.Title, e.ProducedTime)).ToDictionary(g => g.Key, g => g.First());
        var fresh = new List<DipImportRow>();
        var changed = new Dictionary<int, DipImportRow>();
        var unchanged = 0;
        foreach (var r in rows)
        {
            if (!existing.TryGetValue((r.UnitId, r.Title, r.ProducedTime), out var e)) fresh.Add(r);
            else if (Differs(e, r)) changed[e.Id] = r;
            else unchanged++;
        }

        var actor = user is null ? Importer : Actor.From(user);
        var (now, today) = (clock.UtcNow, clock.Today);
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var pending = 0;
            foreach (var unit in fresh.GroupBy(r => r.UnitId))
            {
                var number = await numbering.ReserveAsync(unit.Key, 0, unit.Count(), ct, NumberSequence.DipEntries);
                foreach (var r in unit)
                {
                    var entry = new DipEntry { UnitId = r.UnitId, Number = number++, CreatedAtUtc = now, PublishedDate = r.PublishedDate ?? today };
                    Apply(entry, r, now, today);
                    db.DipEntryEvents.Add(Event(entry, DipEventKind.Imported, actor, now, today));
                }

                if ((pending += unit.Count()) < BatchSize) continue;
                await FlushAsync(ct);
                pending = 0;
            }

            await FlushAsync(ct);
            foreach (var ids in changed.Keys.Chunk(BatchSize))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
                foreach (var entry in await db.DipEntries.Where(e => EF.Parameter(ids).Contains(e.Id)).ToListAsync(ct))
                {
                    var r = changed[entry.Id];
                    entry.PublishedDate = r.PublishedDate ?? entry.PublishedDate ?? today;
                    Apply(entry, r, now, today);
                    db.DipEntryEvents.Add(Event(entry, DipEventKind.Updated, actor, now, today));
                }

                await FlushAsync(ct);
            }

            db.Audit(user, "dip.import", $"{fresh.Count} added, {changed.Count} updated, {unchanged} unchanged");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }

        return (fresh.Count, changed.Count, unchanged);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Whether the row would change the entry: a column differs, or it is not published (an import publishes).</summary>
    private static bool Differs(Existing e, DipImportRow r) =>
        e.Status != DipStatus.Published || e.Category != r.Category || e.Summary != r.Summary || e.Holder != r.Holder ||
        e.Responsible != r.Responsible || e.ProducedPlace != r.ProducedPlace || e.Format != r.Format || e.Retention != r.Retention ||
        e.Url != r.Url || (r.PublishedDate is { } p && p != e.PublishedDate);

    private static void Apply(DipEntry entry, DipImportRow r, DateTime now, DateOnly today)
    {
        (entry.Category, entry.Title, entry.Summary, entry.Holder, entry.Responsible) = (r.Category, r.Title, r.Summary, r.Holder, r.Responsible);
        (entry.ProducedTime, entry.ProducedPlace, entry.Format, entry.Retention, entry.Url) = (r.ProducedTime, r.ProducedPlace, r.Format, r.Retention, r.Url);
        (entry.Status, entry.WithdrawalReason, entry.UpdatedDate, entry.ChangedAtUtc) = (DipStatus.Published, null, today, now);
    }

    private static DipEntryEvent Event(DipEntry entry, DipEventKind kind, Actor actor, DateTime now, DateOnly today) =>
        new() { Entry = entry, Kind = kind, AtUtc = now, Date = today, ActorUserId = actor.UserId, ActorName = actor.Name };
}
