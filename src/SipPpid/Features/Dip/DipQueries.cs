using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dip;

/// <summary>The staff list's filter, as the query string writes it (<c>/Dip?perlu=1&amp;unit=DINKES</c>).</summary>
public sealed record DipFilter(string? Q, string? Unit, string? Category, string? Status, bool Stale);

public static class DipQueries
{
    /// <summary>Entries of units inside the scope (a PPID Pembantu: its own subtree).</summary>
    public static IQueryable<DipEntry> InScope(this IQueryable<DipEntry> entries, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return entries.Where(scope.Filter<DipEntry>(e => e.Unit!.Path));
    }

    public static IQueryable<DipEntry> Matching(this IQueryable<DipEntry> q, DipFilter f, AppDbContext db, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!string.IsNullOrWhiteSpace(f.Q)) q = q.Matching(db, f.Q);
        if (!string.IsNullOrEmpty(f.Unit)) q = q.Where(e => e.Unit!.Code == f.Unit);
        if (f.Category is not null && DipCodes.Categories.TryGetValue(f.Category, out var category)) q = q.Where(e => e.Category == category);
        if (f.Status is not null && DipCodes.Statuses.TryGetValue(f.Status, out var status)) q = q.Where(e => e.Status == status);
        if (f.Stale) q = q.Where(DipRules.Stale(today));
        return q;
    }
}
