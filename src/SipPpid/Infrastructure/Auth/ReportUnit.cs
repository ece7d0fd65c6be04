using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Infrastructure.Auth;

/// <summary>The unit a printed report covers (with everything below it), within the user's unit scope.</summary>
public static class ReportUnit
{
    /// <summary>
    /// The unit asked for; without one, a PPID Pembantu officer's own unit or the root. Null when it does not exist
    /// or lies outside the scope (answered as 404, like any unit out of scope).
    /// </summary>
    public static async Task<Unit?> ResolveAsync(AppDbContext db, UnitScope scope, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        if (string.IsNullOrWhiteSpace(code)) code = scope.IsAll ? null : scope.PathPrefix!.TrimEnd('/').Split('/')[^1];
        var top = code is null ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.ParentId == null, ct)
            : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        return top is not null && scope.Contains(top.Path) ? top : null;
    }

    /// <summary>"1 Januari 2026 s.d. 31 Januari 2026", or the open end spelled out.</summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"{IndonesianDates.Format(f)} s.d. {IndonesianDates.Format(t)}",
        ({ } f, null) => $"sejak {IndonesianDates.Format(f)}",
        (null, { } t) => $"sampai dengan {IndonesianDates.Format(t)}",
        _ => "seluruh periode",
    };
}
