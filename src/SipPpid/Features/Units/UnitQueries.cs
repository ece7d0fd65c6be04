using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Units;

public sealed record UnitRow(int Id, string Code, string Name, UnitKind Kind, string? ParentCode, string Path, bool IsActive,
    string? OfficerName, string? OfficerNip, string? Phone, string? Email)
{
    /// <summary>Depth in the tree (the root is 0), for indentation.</summary>
    public int Depth => Path.Count(c => c == '/') - 2;
}

public static class UnitQueries
{
    /// <summary>Units in scope, in tree order, optionally filtered by text and active state.</summary>
    public static Task<List<UnitRow>> ListAsync(this AppDbContext db, UnitScope scope, string? text, bool includeInactive, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Units.AsNoTracking().InScope(scope);
        if (!includeInactive) q = q.Where(u => u.IsActive);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = "%" + text.Trim().ToLowerInvariant() + "%";
            q = q.Where(u => EF.Functions.Like(u.Name.ToLower(), pattern) || EF.Functions.Like(u.Code.ToLower(), pattern));
        }

        return q.OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.Parent == null ? null : u.Parent.Code, u.Path, u.IsActive,
                u.OfficerName, u.OfficerNip, u.Phone, u.Email))
            .ToListAsync(ct);
    }

    /// <summary>Active units that may become the parent of <paramref name="unit"/> (never its own subtree).</summary>
    public static Task<List<UnitRow>> ParentChoicesAsync(this AppDbContext db, Unit? unit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Units.AsNoTracking().Where(u => u.IsActive);
        if (unit is not null) q = q.Where(u => !u.Path.StartsWith(unit.Path));
        return q.OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, null, u.Path, u.IsActive, null, null, null, null))
            .ToListAsync(ct);
    }
}
