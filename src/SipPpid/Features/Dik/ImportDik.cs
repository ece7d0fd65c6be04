using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Dik;

/// <summary>
/// <c>import dik FILE</c> and the upload page: existing DIK spreadsheets with their decrees (<see cref="DikColumns"/>).
/// The whole file is checked first, all or nothing, every problem named by line and column. The key is (unit,
/// information): a row whose entry exists with the same decree number changes nothing, so importing a file twice
/// changes nothing; a row whose entry exists under another decree number is refused (a new decree for an existing
/// entry is a re-test or correction on the entry's page, where the worksheet is complete). New entries are created by
/// <see cref="ClassifyInformation"/> like the form's (numbered, decree kind Imported, history event Imported, audit),
/// in one transaction.
/// </summary>
public sealed class ImportDik(AppDbContext db, ClassifyInformation classify, IStringLocalizer<SharedResource> t)
{
    /// <summary>The counts, or the problems.</summary>
    public sealed record Result(int Added, int Unchanged, IReadOnlyList<ImportError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    private sealed record Existing(int Id, int UnitId, string Information, int Number, List<string> Decrees);

    /// <summary>Imports a file; <c>scope</c> is the units the uploader may import for (null from the command line: all), <c>user</c> who imports (null: the command line).</summary>
    public async Task<Result> RunAsync(Stream file, TableFormat format, UnitScope? scope, ClaimsPrincipal? user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = TableFiles.Read(file, format, DikColumns.Required, DikColumns.Optional, DikColumns.HeaderNames);
        var fatal = table.Errors.Where(e => e.Line <= 1 || e.Column is "file" or "header").ToList();
        if (fatal.Count > 0) return new Result(0, 0, fatal);
        if (table.Rows.Count == 0 && table.Malformed.Count == 0) return new Result(0, 0, [new ImportError(0, "file", "contains no rows")]);

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Path })
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path), StringComparer.Ordinal, ct);
        var parser = new DikRowParser(units, scope is { IsAll: false } ? scope : null, t);
        var errors = new List<ImportError>(table.Errors);
        var rows = new List<DikImportRow>(table.Rows.Count);
        var keys = new Dictionary<(int, string), int>();
        var numbers = new Dictionary<(int, string), int>();
        foreach (var row in table.Rows)
        {
            if (parser.Parse(row, errors) is not { } r) continue;
            if (!keys.TryAdd((r.UnitId, r.Information), r.Line))
                errors.Add(new ImportError(r.Line, DikColumns.Information.Name, $"the same unit and information already appear on line {keys[(r.UnitId, r.Information)]}"));
            else if (!numbers.TryAdd((r.UnitId, r.DecreeNumber), r.Line))
                errors.Add(new ImportError(r.Line, DikColumns.DecreeNumber.Name,
                    $"decree number {r.DecreeNumber} is already used in unit {r.UnitCode} on line {numbers[(r.UnitId, r.DecreeNumber)]}"));
            else rows.Add(r);
        }

        var fresh = new List<DikImportRow>();
        var unchanged = 0;
        if (rows.Count > 0)
        {
            var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
            var existing = await db.DikEntries.AsNoTracking().Where(e => EF.Parameter(unitIds).Contains(e.UnitId))
                .Select(e => new Existing(e.Id, e.UnitId, e.Information, e.Number, e.Decrees.Select(d => d.Number).ToList())).ToListAsync(ct);
            var byKey = existing.ToLookup(e => (e.UnitId, e.Information));
            var byDecree = existing.SelectMany(e => e.Decrees.Select(n => (Key: (e.UnitId, n), Entry: e)))
                .ToDictionary(x => x.Key, x => x.Entry);
            foreach (var r in rows)
            {
                var sameKey = byKey[(r.UnitId, r.Information)].ToList();
                if (sameKey.Any(e => e.Decrees.Contains(r.DecreeNumber, StringComparer.Ordinal))) unchanged++;
                else if (byDecree.TryGetValue((r.UnitId, r.DecreeNumber), out var other))
                    errors.Add(new ImportError(r.Line, DikColumns.DecreeNumber.Name,
                        $"decree number {r.DecreeNumber} is already used in unit {r.UnitCode} by DIK entry {other.Number}"));
                else if (sameKey.Count > 0)
                    errors.Add(new ImportError(r.Line, DikColumns.DecreeNumber.Name,
                        $"DIK entry {sameKey[0].Number} of unit {r.UnitCode} already holds this information under decree " +
                        $"{sameKey[0].Decrees.LastOrDefault()}; a new decree for it is made by a re-test or correction on the entry's page"));
                else fresh.Add(r);
            }
        }

        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count > 0) return new Result(0, 0, errors);
        return await WriteAsync(fresh, unchanged, user, ct);
    }

    private async Task<Result> WriteAsync(List<DikImportRow> fresh, int unchanged, ClaimsPrincipal? user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var r in fresh)
            {
                var (_, problems) = await classify.CreateAsync(r.UnitId, r.Form, user, null, ct, imported: true);
                if (problems.Count == 0) continue;
                await tx.RollbackAsync(ct);
                return new Result(0, 0, problems.Select(p => new ImportError(r.Line, DikColumns.ColumnOf(p.Field), p.Message)).ToList());
            }

            db.Audit(user, "dik.import", $"{fresh.Count} added, {unchanged} unchanged");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return new Result(fresh.Count, unchanged, []);
    }
}
