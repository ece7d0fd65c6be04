using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Dik;

/// <summary>An entry a decision may cite: in force on the decision day, in the request's unit or one of its ancestors.</summary>
public sealed record CitableEntry(int Id, string UnitCode, int Number, string Information, string Basis, DateOnly? PeriodEnd,
    int? DecreeId, string? DecreeNumber, DateOnly? DecreeDate);

/// <summary>
/// The Surat Penetapan Klasifikasi a decision cites, as its frozen worksheet says (the letter, the tracking page and the
/// objection page print this, never the entry's current fields).
/// </summary>
public sealed record DikCitation(int EntryId, int DecreeId, string DecreeNumber, DateOnly DecreeDate, string Place, string SignatoryName,
    bool WorksheetPublic, bool DecreeInForce, ClassifyInformation.Worksheet Worksheet);

/// <summary>
/// Which DIK entries a refusal or a partial grant may cite (disclosure.md): the request's unit's and its ancestors' up to
/// the PPID Utama's body-wide entries, in force on the decision day (<see cref="DikRules.InForce"/>).
/// </summary>
public static class DikCitations
{
    /// <summary>The unit and its ancestors, as paths: "/PROV/DINKES/" → "/PROV/", "/PROV/DINKES/".</summary>
    public static List<string> ChainPaths(string unitPath)
    {
        ArgumentNullException.ThrowIfNull(unitPath);
        var codes = unitPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(1, codes.Length).Select(n => "/" + string.Join('/', codes.Take(n)) + "/").ToList();
    }

    /// <summary>
    /// Entries of the unit chain in force on <paramref name="day"/> (null: every entry, for the entry at stake in a
    /// dispute), nearest unit first, with their decree in force.
    /// </summary>
    public static async Task<List<CitableEntry>> CitableAsync(AppDbContext db, string unitPath, DateOnly? day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var paths = ChainPaths(unitPath);
        var q = db.DikEntries.AsNoTracking().Where(e => paths.Contains(e.Unit!.Path));
        if (day is { } d) q = q.Where(DikRules.InForce(d));
        var rows = await q
            .Select(e => new
            {
                e.Id,
                e.Unit!.Code,
                e.Unit.Path,
                e.Number,
                e.Information,
                e.Basis,
                e.PeriodEnd,
                Decree = e.Decrees.Where(d => d.SupersededById == null).Select(d => new { d.Id, d.Number, d.Date }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Path.Length).ThenBy(r => r.Number)
            .Select(r => new CitableEntry(r.Id, r.Code, r.Number, r.Information, r.Basis, r.PeriodEnd, r.Decree?.Id, r.Decree?.Number, r.Decree?.Date))
            .ToList();
    }

    /// <summary>The cited decree and its frozen worksheet, or null.</summary>
    public static async Task<DikCitation?> ReadAsync(AppDbContext db, int? decreeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (decreeId is not { } id) return null;
        var d = await db.DikDecrees.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.EntryId, x.Id, x.Number, x.Date, x.Place, x.SignatoryName, x.Entry!.WorksheetPublic, x.SupersededById, x.WorksheetJson })
            .FirstOrDefaultAsync(ct);
        return d is null ? null : new DikCitation(d.EntryId, d.Id, d.Number, d.Date, d.Place, d.SignatoryName, d.WorksheetPublic, d.SupersededById is null,
            ClassifyInformation.ReadWorksheet(new DikDecree { WorksheetJson = d.WorksheetJson }));
    }

    /// <summary>An entry at stake in a dispute: its number, information and its decree in force (the one a hearing needs).</summary>
    public static Task<CitableEntry?> EntryAsync(AppDbContext db, int? entryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (entryId is not { } id) return Task.FromResult<CitableEntry?>(null);
        return db.DikEntries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new CitableEntry(e.Id, e.Unit!.Code, e.Number, e.Information, e.Basis, e.PeriodEnd,
                e.Decrees.Where(x => x.SupersededById == null).Select(x => (int?)x.Id).FirstOrDefault(),
                e.Decrees.Where(x => x.SupersededById == null).Select(x => x.Number).FirstOrDefault(),
                e.Decrees.Where(x => x.SupersededById == null).Select(x => (DateOnly?)x.Date).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The decree in force of an entry (the one a hearing needs), or null.</summary>
    public static Task<int?> DecreeInForceAsync(AppDbContext db, int entryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DikDecrees.AsNoTracking().Where(d => d.EntryId == entryId && d.SupersededById == null).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
    }
}
