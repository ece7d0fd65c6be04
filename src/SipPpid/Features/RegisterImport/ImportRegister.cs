using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Imports a historical request register from CSV or XLSX (one row per request, the columns of the register export). The whole
/// file is checked in memory first; any bad row and nothing is imported, unless invalid rows are skipped (then
/// they come back as <see cref="Result.Rejected"/>). A row whose unit + registration number exists already is
/// skipped unchanged. The rest is inserted in one transaction by <see cref="RegisterBulkWriter"/> (prepared statements or COPY, not change tracking).
/// </summary>
public sealed class ImportRegister(AppDbContext db, CalendarSource calendars, BodyClock clock)
{
    public const int BatchSize = 10_000;

    public enum FileFormat { Csv, Xlsx }

    /// <summary>A row left out with <c>skipInvalid</c>: its cells as read and why.</summary>
    public sealed record RejectedRow(int Line, IReadOnlyDictionary<string, string> Cells, string Reason);

    public sealed record Result(int Added, int Skipped, IReadOnlyList<ImportError> Errors, IReadOnlyList<string> Columns, IReadOnlyList<RejectedRow> Rejected)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <param name="SkipInvalid">Import the valid rows and return the others as rejected, instead of refusing the file.</param>
    /// <param name="Scope">The units the uploader may import for; null for all.</param>
    /// <param name="User">Who imports, for the audit trail; null for the command line.</param>
    /// <param name="Progress">Updated as the import goes (read by another thread to show it).</param>
    /// <param name="Completing">Called with the result just before an import commits, inside its transaction: what it
    /// records with the context (a job's outcome) commits with the rows or not at all.</param>
    public sealed record Options(bool SkipInvalid = false, UnitScope? Scope = null, ClaimsPrincipal? User = null,
        ImportProgress? Progress = null, Action<Result>? Completing = null);

    /// <summary>The format from the file name: .xlsx or .csv; null for anything else.</summary>
    public static FileFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => FileFormat.Xlsx,
        ".csv" => FileFormat.Csv,
        _ => null,
    };

    public async Task<Result> RunAsync(Stream file, FileFormat format, Options? options = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        options ??= new Options();
        var progress = options.Progress ?? new ImportProgress();
        progress.Begin(RegisterImportPhase.Reading, file.CanSeek ? file.Length : 0);
        using var reading = new ProgressStream(file, progress);
        var table = format == FileFormat.Xlsx
            ? XlsxTable.ReadTable(reading, RegisterColumns.Required, RegisterColumns.Optional, RegisterColumns.HeaderNames)
            : CsvTable.ReadTable(reading, RegisterColumns.Required, RegisterColumns.Optional);
        var fatal = table.Errors.Where(e => e.Line <= 1 || e.Column is "file" or "header").ToList();
        if (fatal.Count > 0) return new Result(0, 0, fatal, table.Columns, []);
        if (table.Rows.Count == 0 && table.Malformed.Count == 0)
            return new Result(0, 0, [new ImportError(0, "file", "contains no rows")], table.Columns, []);

        var errors = new List<ImportError>(table.Errors);
        var parsed = new List<RegisterRow>(table.Rows.Count);
        progress.Begin(RegisterImportPhase.Checking, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (RegisterRowParser.Parse(row, errors) is { } r) parsed.Add(r);
            progress.Add(1);
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Path }).ToDictionaryAsync(u => u.Code, ct);
        var firstLine = new Dictionary<(string, string), int>();
        var valid = new List<(RegisterRow Row, int UnitId)>(parsed.Count);
        foreach (var r in parsed)
        {
            if (!units.TryGetValue(r.UnitCode, out var unit))
                errors.Add(new ImportError(r.Line, "unit_code", $"unit '{r.UnitCode}' does not exist"));
            else if (options.Scope is { } scope && !scope.Contains(unit.Path))
                errors.Add(new ImportError(r.Line, "unit_code", $"unit {r.UnitCode} is outside your scope"));
            else if (!firstLine.TryAdd((r.UnitCode, r.RegistrationNumber), r.Line))
                errors.Add(new ImportError(r.Line, "registration_number", $"{r.RegistrationNumber} of {r.UnitCode} already appears on line {firstLine[(r.UnitCode, r.RegistrationNumber)]}"));
            else
                valid.Add((r, unit.Id));
        }

        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count > 0 && !options.SkipInvalid) return new Result(0, 0, errors, table.Columns, []);

        var rejected = Reject(table, errors);
        var badLines = rejected.Select(r => r.Line).ToHashSet();
        valid.RemoveAll(v => badLines.Contains(v.Row.Line));
        progress.Begin(RegisterImportPhase.Writing, valid.Count);
        return await InsertAsync(valid, options, (added, skipped) => new Result(added, skipped, [], table.Columns, rejected), ct);
    }

    private static List<RejectedRow> Reject(ImportTable table, List<ImportError> errors)
    {
        var cells = table.Rows.Concat(table.Malformed).ToDictionary(r => r.Line, r => r.Cells);
        return errors.GroupBy(e => e.Line)
            .Select(g => new RejectedRow(g.Key, cells.GetValueOrDefault(g.Key) ?? new Dictionary<string, string>(),
                string.Join("; ", g.Select(e => $"{e.Column}: {e.Reason}"))))
            .OrderBy(r => r.Line).ToList();
    }

    private async Task<Result> InsertAsync(List<(RegisterRow Row, int UnitId)> rows, Options options, Func<int, int, Result> result, CancellationToken ct)
    {
        var progress = options.Progress ?? new ImportProgress();
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        // Only the file's own numbers are looked up (by index): a register of millions is not read to import a few.
        // One array/JSON parameter (EF.Parameter), not one parameter per number: SQLite allows 32 766 at most.
        var numbers = rows.Select(r => r.Row.RegistrationNumber).Distinct().ToList();
        var existing = new HashSet<(int, string)>();
        foreach (var e in await db.Requests.AsNoTracking().Where(r => EF.Parameter(numbers).Contains(r.RegistrationNumber))
                     .Select(r => new { r.RegisteredUnitId, r.RegistrationNumber }).ToListAsync(ct))
            existing.Add((e.RegisteredUnitId, e.RegistrationNumber));
        var objectionNumbers = (await db.Objections.AsNoTracking().Where(o => o.ObjectionNumber.StartsWith("IMP/"))
            .Select(o => o.ObjectionNumber).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var unitCodes = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);

        var calendar = await calendars.GetAsync(ct);
        int added = 0, skipped = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        using var writer = RegisterBulkWriter.For(db);
        var pending = new List<RegisterRecord>(Math.Min(rows.Count, BatchSize));
        foreach (var (row, unitId) in rows)
        {
            if (existing.Contains((unitId, row.RegistrationNumber)))
            {
                skipped++;
                progress.Add(1);
                continue;
            }

            var receivedAt = TimeZoneInfo.ConvertTimeToUtc(row.ReceivedDate.ToDateTime(new TimeOnly(8, 0)), clock.Zone);
            var objectionNumber = row.ObjectionDate is null ? "" : ObjectionNumber(unitCodes[unitId], row.RegistrationNumber, objectionNumbers);
            pending.Add(RegisterRecords.Build(calendar, row, unitId, receivedAt, objectionNumber));
            added++;
            // Written in slices so a large register is never held in memory twice (rows and records).
            if (pending.Count == BatchSize)
            {
                await writer.WriteAsync(pending, ct);
                progress.Add(pending.Count);
                pending.Clear();
            }
        }

        await writer.WriteAsync(pending, ct);
        progress.Add(pending.Count);
        db.Audit(options.User, "register.import", $"{added} added, {skipped} skipped");
        var outcome = result(added, skipped);
        options.Completing?.Invoke(outcome);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
        // A large import changes the table's shape; SQLite does not update its planner statistics by itself.
        if (added > 0) await SqliteStatistics.RefreshAsync(db, force: added >= BatchSize, ct: ct);
        return outcome;
    }

    /// <summary>"IMP/UNIT/number", unique among the objection numbers (a counter is added on a clash).</summary>
    private static string ObjectionNumber(string unitCode, string registrationNumber, HashSet<string> taken)
    {
        var number = $"IMP/{unitCode}/{registrationNumber}";
        if (number.Length > 90) number = "IMP/" + Guid.NewGuid().ToString("N");
        var candidate = number;
        for (var i = 2; !taken.Add(candidate); i++) candidate = $"{number}/{i}";
        return candidate;
    }
}
