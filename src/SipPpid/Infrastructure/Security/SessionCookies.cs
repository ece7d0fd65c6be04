using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Security;

/// <summary>
/// Sessions and cookies: every cookie is HttpOnly, SameSite=Lax at least, and Secure per <c>Security:CookieSecure</c>
/// (always in Production); a session ends after <c>SessionIdleMinutes</c> without a request and
/// <c>SessionAbsoluteHours</c> after signing in, and at once when it is signed out (<see cref="ServerSessions"/>); the security stamp is re-checked every <c>SecurityStampMinutes</c>, so
/// a password change, a role change or a lock ends the account's other sessions; the API answers 401/403 instead of
/// redirecting to the login page.
/// </summary>
public static class SessionCookies
{
    /// <summary>When the session began; kept across sliding renewals and security stamp refreshes.</summary>
    private const string SignedInAtKey = ".sipppid.signedin";

    public static IServiceCollection AddSessionCookies(this IServiceCollection services, IHostEnvironment env)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration("Security").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, TimeProvider>((o, security, time) =>
            {
                o.TimeProvider = time;
                o.Cookie.Name = "sipppid.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = SecurePolicy(security.Value, env);
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.SessionIdleMinutes);
                o.SlidingExpiration = true;
                Events(o.Events, TimeSpan.FromHours(security.Value.SessionAbsoluteHours));
            });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>, TimeProvider>((o, security, time) =>
        {
            o.TimeProvider = time;
            o.ValidationInterval = TimeSpan.FromMinutes(security.Value.SecurityStampMinutes);
        });
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
            o.TokenLifespan = TimeSpan.FromMinutes(security.Value.PasswordResetMinutes));
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            o.Cookie.Name = "sipppid.af";
            o.Cookie.SecurePolicy = SecurePolicy(security.Value, env);
            // SecurityHeaders sends X-Frame-Options: DENY on every answer.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            // The floor for every cookie, including TempData and the language cookie: no script reads any of them.
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.Secure = SecurePolicy(security.Value, env);
        });
        return services;
    }

    public static CookieSecurePolicy SecurePolicy(SecurityOptions security, IHostEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(security);
        ArgumentNullException.ThrowIfNull(env);
        return security.CookieSecure ?? (env.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
    }

    private static void Events(CookieAuthenticationEvents events, TimeSpan absolute)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            context.Properties.Items.TryAdd(SignedInAtKey, Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture));
            await ServerSessions.StartAsync(context, absolute);
            await signingIn(context);
        };

        // Identity's validator checks the security stamp; the absolute lifetime and the server-side session (ended by
        // signing out) are checked before it.
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (context.Properties.Items.TryGetValue(SignedInAtKey, out var value)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
                && Now(context.HttpContext) - signedInAt > absolute
                || !await ServerSessions.IsAliveAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validate(context);
        };

        var toLogin = events.OnRedirectToLogin;
        events.OnRedirectToLogin = context => IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : toLogin(context);
        var toDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToAccessDenied = context => IsApi(context.Request) ? Status(context, StatusCodes.Status403Forbidden) : toDenied(context);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
