using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Notifications;

/// <summary>Who is told by e-mail about a unit's requests: its officers, and for the root unit every PPID Utama officer.</summary>
public static class UnitOfficers
{
    /// <summary>
    /// The e-mail addresses of the active (not locked-out) accounts bound to the unit, plus the PPID Utama officers when
    /// it is the root unit (the PPID Utama's inbox), distinct and in a stable order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OfficerEmailsAsync(this AppDbContext db, int unitId, DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var isRoot = await db.Units.AnyAsync(u => u.Id == unitId && u.ParentId == null, ct);
        var users = db.Users.AsNoTracking();
        if (isRoot)
        {
            var utama = db.UserRoles.Where(ur => db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.PpidUtama)).Select(ur => ur.UserId);
            users = users.Where(u => u.UnitId == unitId || utama.Contains(u.Id));
        }
        else
        {
            users = users.Where(u => u.UnitId == unitId);
        }

        // LockoutEnd is compared here: SQLite cannot compare DateTimeOffset values in SQL.
        var rows = await users.Where(u => u.Email != null).Select(u => new { u.Email, u.LockoutEnd }).ToListAsync(ct);
        var now = new DateTimeOffset(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), TimeSpan.Zero);
        return rows.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => u.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
