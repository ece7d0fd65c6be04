using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Infrastructure.Security;

/// <summary>
/// Server-side sessions (ASVS 3.3.1): signing in stores a <see cref="UserSession"/> row and puts its id in the
/// cookie's (encrypted) properties; every request with the cookie checks that the row still exists (one primary-key
/// look-up); signing out deletes it, so a copy of the cookie taken before is refused at once, on every instance.
/// </summary>
public static class ServerSessions
{
    /// <summary>The session's id in the cookie's properties; kept across sliding renewals and security stamp refreshes.</summary>
    private const string SessionKey = ".sipppid.session";

    /// <summary>On signing in: a new session row unless the cookie is being reissued for a session that exists.</summary>
    public static async Task StartAsync(CookieSigningInContext context, TimeSpan absolute)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Properties.Items.ContainsKey(SessionKey)) return;
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return;
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Sessions past the absolute lifetime can no longer be used: forget them (indexed by age).
        var ended = now - absolute;
        await db.UserSessions.Where(s => s.CreatedAtUtc < ended).ExecuteDeleteAsync(context.HttpContext.RequestAborted);
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        db.UserSessions.Add(new UserSession { Id = id, UserId = userId, CreatedAtUtc = now });
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        context.Properties.Items[SessionKey] = id;
    }

    /// <summary>Whether the cookie belongs to a session that has not been ended (a cookie without one never does).</summary>
    public static async Task<bool> IsAliveAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Properties.Items.TryGetValue(SessionKey, out var id) || string.IsNullOrEmpty(id)) return false;
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        return await db.UserSessions.AnyAsync(s => s.Id == id, context.HttpContext.RequestAborted);
    }

    /// <summary>Ends the current request's session server-side, then signs out (deletes the cookie).</summary>
    public static async Task SignOutAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(signIn);
        var auth = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (auth.Properties?.Items.TryGetValue(SessionKey, out var id) == true && !string.IsNullOrEmpty(id))
        {
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync(CancellationToken.None);
        }

        await signIn.SignOutAsync();
    }
}
