using System.Security.Claims;

namespace SipPpid.Infrastructure.Auth;

/// <summary>Who acted: a signed-in officer, the applicant, or the system.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static readonly Actor Applicant = new(null, "Pemohon");
    public static readonly Actor System = new(null, "Sistem");

    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(AppClaims.FullName) ?? user.Identity?.Name ?? "?");
    }
}
