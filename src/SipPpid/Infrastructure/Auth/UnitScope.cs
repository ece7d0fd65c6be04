using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Infrastructure.Auth;

/// <summary>
/// What part of the unit tree a user may see and act on: everything (Admin, PPID Utama, Atasan PPID), the
/// subtree under one unit (PPID Pembantu officers), or nothing. This is the one mechanism every query and
/// action applies; a unit outside the scope is answered as if it did not exist (404).
/// </summary>
public sealed class UnitScope
{
    private UnitScope(bool all, string? pathPrefix) => (IsAll, PathPrefix) = (all, pathPrefix);

    public static UnitScope All { get; } = new(true, null);
    public static UnitScope None { get; } = new(false, null);

    public static UnitScope Subtree(string unitPath) => new(false, unitPath);

    public bool IsAll { get; }

    /// <summary>The path of the scope's top unit ("/PROV/DINKES/"), or null for All / None.</summary>
    public string? PathPrefix { get; }

    public bool Contains(string unitPath) => IsAll || (PathPrefix is not null && unitPath.StartsWith(PathPrefix, StringComparison.Ordinal));

    /// <summary>A predicate on a unit path for use in queries (translated to SQL LIKE 'prefix%').</summary>
    public Expression<Func<T, bool>> Filter<T>(Expression<Func<T, string>> unitPath)
    {
        ArgumentNullException.ThrowIfNull(unitPath);
        if (IsAll) return _ => true;
        if (PathPrefix is null) return _ => false;
        var prefix = PathPrefix;
        var call = Expression.Call(unitPath.Body, nameof(string.StartsWith), null, Expression.Constant(prefix));
        return Expression.Lambda<Func<T, bool>>(call, unitPath.Parameters);
    }

    /// <summary>Resolves the scope of a signed-in user from roles and the unit claim.</summary>
    public static async Task<UnitScope> ForUserAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        if (user.Identity?.IsAuthenticated != true) return None;
        if (Roles.BodyWide.Any(user.IsInRole)) return All;
        if (!user.IsInRole(Roles.PpidPembantu) || !int.TryParse(user.FindFirstValue(AppClaims.UnitId), out var unitId)) return None;
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is null ? None : Subtree(path);
    }
}

public static class UnitScopeQueries
{
    /// <summary>Units the scope allows.</summary>
    public static IQueryable<Unit> InScope(this IQueryable<Unit> units, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return units.Where(scope.Filter<Unit>(u => u.Path));
    }
}

/// <summary>Per-request access to the current user's scope (resolved once per request).</summary>
public sealed class CurrentScope(IHttpContextAccessor http, AppDbContext db)
{
    private UnitScope? _scope;

    public async Task<UnitScope> GetAsync(CancellationToken ct = default) =>
        _scope ??= await UnitScope.ForUserAsync(http.HttpContext?.User ?? new ClaimsPrincipal(), db, ct);
}

public static class AppClaims
{
    public const string UnitId = "sipppid:unit";
    public const string FullName = "sipppid:name";
}
