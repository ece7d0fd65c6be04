using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>The staff list's filter, as the query string writes it (<c>/Dik?unit=DINKES&amp;dasar=17h&amp;status=kedaluwarsa</c>).</summary>
public sealed record DikFilter(string? Unit, string? Basis, string? Status);

public static class DikQueries
{
    /// <summary>Entries of units inside the scope (a PPID Pembantu: its own subtree).</summary>
    public static IQueryable<DikEntry> InScope(this IQueryable<DikEntry> entries, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return entries.Where(scope.Filter<DikEntry>(e => e.Unit!.Path));
    }

    /// <summary>The entries a filter keeps; the states are those of <see cref="DikRules"/> on <paramref name="today"/>.</summary>
    public static IQueryable<DikEntry> Matching(this IQueryable<DikEntry> q, DikFilter f, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!string.IsNullOrEmpty(f.Unit)) q = q.Where(e => e.Unit!.Code == f.Unit);
        if (DikRules.IsKnownBasis(f.Basis)) q = q.Where(e => e.Basis == f.Basis);
        if (f.Status is not null && DikCodes.StateFilters.TryGetValue(f.Status, out var state))
        {
            q = state switch
            {
                DikState.InForce => q.Where(DikRules.InForce(today)),
                DikState.EndingSoon => q.Where(DikRules.EndingSoon(today)),
                DikState.Expired => q.Where(DikRules.Expired(today)),
                _ => q.Where(e => e.Status == DikStatus.Released),
            };
        }

        return q;
    }
}
