using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>
/// The DIK as the public sees it (the portal's list and GET /api/v1/dik): the entries in force on the day
/// (<see cref="DikRules.InForce"/>), each with its decree in force. The worksheet (consequence, public interest, test
/// team) leaves the database only for an entry whose <see cref="DikEntry.WorksheetPublic"/> is set.
/// </summary>
public static class DikPublic
{
    public sealed record Row(string UnitCode, string UnitName, int Number, string Information, string Basis, string LegalReference, DikScope Scope,
        string? WithheldParts, DateOnly? PeriodEnd, string? DecreeNumber, DateOnly? DecreeDate, bool WorksheetPublic, string? Consequence,
        string? PublicInterest, string? TestTeam);

    /// <summary>The entries in force on <paramref name="day"/>, of the subtree of <paramref name="unitPath"/> (null: all), of one basis (null: all).</summary>
    public static IQueryable<DikEntry> InForcePublic(this AppDbContext db, DateOnly day, string? unitPath, string? basis)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.DikEntries.AsNoTracking().Where(DikRules.InForce(day));
        if (unitPath is not null) query = query.InScope(UnitScope.Subtree(unitPath));
        if (basis is not null) query = query.Where(e => e.Basis == basis);
        return query;
    }

    /// <summary>Unit by unit (in the tree's order), then by the entry's number.</summary>
    public static IQueryable<Row> ToRows(this IQueryable<DikEntry> entries) => entries
        .OrderBy(e => e.Unit!.Path).ThenBy(e => e.Number)
        .Select(e => new Row(e.Unit!.Code, e.Unit.Name, e.Number, e.Information, e.Basis, e.LegalReference, e.Scope, e.WithheldParts, e.PeriodEnd,
            e.Decrees.Where(d => d.SupersededById == null).Select(d => d.Number).FirstOrDefault(),
            e.Decrees.Where(d => d.SupersededById == null).Select(d => (DateOnly?)d.Date).FirstOrDefault(),
            e.WorksheetPublic,
            e.WorksheetPublic ? e.Consequence : null,
            e.WorksheetPublic ? e.PublicInterest : null,
            e.WorksheetPublic ? e.TestTeam : null));

    /// <summary>The path of a unit by its code, or null.</summary>
    public static Task<string?> UnitPathOfAsync(this AppDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
    }
}
