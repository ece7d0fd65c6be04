using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Units;

/// <summary>
/// Units from CSV (code,name,parent_code,kind). Re-importing updates names, kinds and parents; it never
/// deletes. The whole file is checked against the file and the database first: any error and nothing changes.
/// </summary>
public sealed class ImportUnits(AppDbContext db)
{
    private static readonly string[] Columns = ["code", "name", "parent_code", "kind"];

    public sealed record Result(int Added, int Updated, IReadOnlyList<ImportError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    private sealed record Row(int Line, string Code, string Name, string? ParentCode, UnitKind Kind);

    public async Task<Result> RunAsync(Stream csv, CancellationToken ct = default)
    {
        var (rows, fileCodes, errors) = Parse(csv);
        if (fileCodes.Count == 0 && errors.Count > 0) return new Result(0, 0, errors);

        var units = await db.Units.ToListAsync(ct);
        var byCode = units.ToDictionary(u => u.Code);
        var existingRoot = units.FirstOrDefault(u => u.ParentId is null);
        // The rows with bad values are checked against the file and the database too, so one run lists every bad line.
        var rowErrors = errors.Count;

        foreach (var r in rows)
        {
            if (r.ParentCode is null)
            {
                if (existingRoot is not null && existingRoot.Code != r.Code)
                    errors.Add(new ImportError(r.Line, "parent_code", $"empty is only allowed for the root unit, which is {existingRoot.Code}"));
            }
            else if (r.ParentCode == r.Code)
            {
                errors.Add(new ImportError(r.Line, "parent_code", "a unit cannot be its own parent"));
            }
            else if (!fileCodes.Contains(r.ParentCode) && !byCode.ContainsKey(r.ParentCode))
            {
                errors.Add(new ImportError(r.Line, "parent_code", $"unit '{r.ParentCode}' is neither in the file nor in the database"));
            }
            else if (byCode.TryGetValue(r.Code, out var u) && u.ParentId is null)
            {
                errors.Add(new ImportError(r.Line, "parent_code", $"{r.Code} is the root unit; its parent_code must stay empty"));
            }
        }

        if (existingRoot is null && rowErrors == 0 && !rows.Any(r => r.ParentCode is null))
            errors.Add(new ImportError(0, "parent_code", "the database has no units yet, so the file must contain the root unit (empty parent_code)"));
        if (errors.Count > 0) return new Result(0, 0, [.. errors.OrderBy(e => e.Line)]);

        int added = 0, updated = 0;
        foreach (var r in rows)
        {
            if (!byCode.TryGetValue(r.Code, out var unit))
            {
                unit = new Unit { Code = r.Code, Name = r.Name, Kind = r.Kind };
                db.Units.Add(unit);
                byCode[r.Code] = unit;
                units.Add(unit);
                added++;
            }
            else if (unit.Name != r.Name || unit.Kind != r.Kind || unit.Parent?.Code != r.ParentCode)
            {
                updated++;
            }

            unit.Name = r.Name;
            unit.Kind = r.Kind;
        }

        foreach (var r in rows)
        {
            var unit = byCode[r.Code];
            unit.Parent = r.ParentCode is null ? null : byCode[r.ParentCode];
        }

        if (UnitTree.RecomputePaths(units) is { } looped)
        {
            db.ChangeTracker.Clear();
            var line = rows.FirstOrDefault(r => r.Code == looped)?.Line ?? 0;
            return new Result(0, 0, [new ImportError(line, "parent_code", $"unit {looped} would become its own ancestor")]);
        }

        db.Audit(null, "units.import", $"{added} added, {updated} updated");
        await db.SaveChangesAsync(ct);
        return new Result(added, updated, []);
    }

    /// <summary>The rows without errors, the codes the file names (bad rows included) and the errors of single rows.</summary>
    private static (List<Row>, HashSet<string>, List<ImportError>) Parse(Stream csv)
    {
        var (rows, errors) = CsvTable.Read(csv, Columns, []);
        var result = new List<Row>();
        var seen = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var before = errors.Count;
            var code = row["code"];
            if (code is null) errors.Add(new ImportError(row.Line, "code", "required"));
            else if (!Unit.IsValidCode(code)) errors.Add(new ImportError(row.Line, "code", $"'{code}' must be 1–{Unit.CodeMaxLength} of A–Z, 0–9, '-' or '_'"));
            else if (seen.TryGetValue(code, out var first)) errors.Add(new ImportError(row.Line, "code", $"{code} already appears on line {first}"));
            else seen[code] = row.Line;

            var name = row["name"];
            if (name is null) errors.Add(new ImportError(row.Line, "name", "required"));
            else if (name.Length > 200) errors.Add(new ImportError(row.Line, "name", "at most 200 characters"));

            var parent = row["parent_code"];
            if (parent is not null && !Unit.IsValidCode(parent)) errors.Add(new ImportError(row.Line, "parent_code", $"'{parent}' is not a unit code"));

            UnitKind kind = default;
            switch (row["kind"])
            {
                case "utama": kind = UnitKind.Utama; break;
                case "pembantu": kind = UnitKind.Pembantu; break;
                case var k: errors.Add(new ImportError(row.Line, "kind", k is null ? "required" : $"'{k}' is not utama or pembantu")); break;
            }

            if (errors.Count == before) result.Add(new Row(row.Line, code!, name!, parent, kind));
        }

        if (result.Count(r => r.ParentCode is null) > 1)
            foreach (var r in result.Where(r => r.ParentCode is null).Skip(1))
                errors.Add(new ImportError(r.Line, "parent_code", "only one unit (the root) may have an empty parent_code"));
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new ImportError(0, "file", "contains no units"));
        return (result, seen.Keys.ToHashSet(), errors);
    }
}
