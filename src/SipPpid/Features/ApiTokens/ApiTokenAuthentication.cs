using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Features.ApiTokens;

/// <summary>
/// <c>Authorization: Bearer ppid_…</c> on <c>/api/*</c>: signs the request in as the token's owner, built afresh
/// from the owner's account on every request (current roles and unit claim, through the same claims factory as
/// the sign-in cookie), so the existing unit scope applies unchanged and a role or unit change takes effect at
/// once. A revoked or expired token, a deleted owner or a locked-out owner fails: 401.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Last-used time is written at most this often per token, not on every request.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenAuthentication.BearerToken(Request) is not { } secret) return AuthenticateResult.NoResult();
        if (!ApiTokenSecret.LooksValid(secret)) return AuthenticateResult.Fail("Malformed API token.");

        var hash = ApiTokenSecret.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Select(t => new { t.Id, t.UserId, t.ExpiresAtUtc, t.RevokedAtUtc, t.LastUsedAtUtc })
            .FirstOrDefaultAsync(Context.RequestAborted);
        var now = TimeProvider.GetUtcNow().UtcDateTime;
        if (token is null || token.RevokedAtUtc is not null || token.ExpiresAtUtc <= now)
            return AuthenticateResult.Fail("Unknown, revoked or expired API token.");

        var owner = await users.FindByIdAsync(token.UserId);
        if (owner is null || await users.IsLockedOutAsync(owner))
            return AuthenticateResult.Fail("The API token's owner cannot sign in.");

        if (token.LastUsedAtUtc is null || now - token.LastUsedAtUtc >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
        }

        var fromAccount = (ClaimsIdentity)(await principals.CreateAsync(owner)).Identity!;
        var identity = new ClaimsIdentity(fromAccount.Claims, Scheme.Name, fromAccount.NameClaimType, fromAccount.RoleClaimType);
        identity.AddClaim(new Claim(ApiTokenAuthentication.TokenIdClaim, token.Id.ToString(CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiTokenAuthentication.BearerToken(Request) is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}

public static class ApiTokenAuthentication
{
    /// <summary>The bearer-token scheme (only ever selected for /api/* requests).</summary>
    public const string Scheme = "ApiToken";

    /// <summary>Default scheme: picks the bearer token on /api/* requests that carry one, the cookie otherwise.</summary>
    public const string CookieOrToken = "CookieOrApiToken";

    public const string TokenIdClaim = "sipppid:api-token";

    public static IServiceCollection AddApiTokens(this IServiceCollection services)
    {
        // Runs after AddIdentity's defaults, so these win.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrToken;
                o.DefaultAuthenticateScheme = CookieOrToken;
                o.DefaultChallengeScheme = CookieOrToken;
                o.DefaultForbidScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, null, o => o.ForwardDefaultSelector = http =>
                ApiPaths.IsApi(http.Request.Path) && BearerToken(http.Request) is not null ? Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(Scheme, null);
        services.ConfigureApplicationCookie(AnswerApiWithStatusCodes);
        return services;
    }

    /// <summary>The credentials of an <c>Authorization: Bearer …</c> header, or null when there is none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers[HeaderNames.Authorization];
        const string prefix = "Bearer ";
        return header is not null && header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }

    /// <summary>The Identity cookie answers /api/* with 401/403 instead of redirecting to the HTML login page.</summary>
    private static void AnswerApiWithStatusCodes(CookieAuthenticationOptions cookie)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        var toLogin = cookie.Events.OnRedirectToLogin;
        var toDenied = cookie.Events.OnRedirectToAccessDenied;
        cookie.Events.OnRedirectToLogin = c => StatusOr(c, StatusCodes.Status401Unauthorized, toLogin);
        cookie.Events.OnRedirectToAccessDenied = c => StatusOr(c, StatusCodes.Status403Forbidden, toDenied);
    }

    private static Task StatusOr<T>(T context, int status, Func<T, Task> redirect)
        where T : RedirectContext<CookieAuthenticationOptions>
    {
        if (!ApiPaths.IsApi(context.Request.Path)) return redirect(context);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
