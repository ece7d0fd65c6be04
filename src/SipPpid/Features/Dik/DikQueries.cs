using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

public static class DikQueries
{
    /// <summary>Entries of units inside the scope (a PPID Pembantu: its own subtree).</summary>
    public static IQueryable<DikEntry> InScope(this IQueryable<DikEntry> entries, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return entries.Where(scope.Filter<DikEntry>(e => e.Unit!.Path));
    }
}
