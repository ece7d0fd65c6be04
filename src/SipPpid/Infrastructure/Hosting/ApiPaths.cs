namespace SipPpid.Infrastructure.Hosting;

/// <summary>
/// The HTTP API lives under <c>/api</c>: its errors are problem details, its sign-in failures plain 401/403, and only
/// it accepts bearer tokens (pages never do, so no page is reachable without the cookie).
/// </summary>
public static class ApiPaths
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
