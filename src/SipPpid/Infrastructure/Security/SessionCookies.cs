using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Infrastructure.Security;

/// <summary>
/// Sessions and cookies: every cookie is HttpOnly, SameSite=Lax at least, and Secure per <c>Security:CookieSecure</c>
/// (by default on every HTTPS request, including one a trusted proxy forwards as HTTPS); a session ends after <c>SessionIdleMinutes</c> without a request and
/// <c>SessionAbsoluteHours</c> after signing in, and at once when it is signed out (<see cref="ServerSessions"/>); the security stamp is re-checked every <c>SecurityStampMinutes</c>, so
/// a password change, a role change or a lock ends the account's other sessions; the API answers 401/403 instead of
/// redirecting to the login page.
/// </summary>
public static class SessionCookies
{
    /// <summary>When the session began; kept across sliding renewals and security stamp refreshes.</summary>
    private const string SignedInAtKey = ".sipppid.signedin";

    public static IServiceCollection AddSessionCookies(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration("Security").ValidateDataAnnotations()
            // Secure cookies over plain http are not stored by browsers, and antiforgery refuses to issue one (a 500 on every
            // page): Always is for an app that sees HTTPS on every request.
            .Validate<IConfiguration>((o, c) => o.CookieSecure != CookieSecurePolicy.Always
                    || (bool.TryParse(c["Ppid:RequireHttps"], out var https) && https) || ServerUrls.HttpsOnly(c),
                "Security:CookieSecure=Always needs HTTPS on every request: set Ppid:RequireHttps=true (TLS at the proxy), " +
                "or leave Security:CookieSecure unset (cookies are then Secure on every HTTPS request).")
            .ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, TimeProvider>((o, security, time) =>
            {
                o.TimeProvider = time;
                o.Cookie.Name = "sipppid.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = SecurePolicy(security.Value);
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
            o.Cookie.SecurePolicy = SecurePolicy(security.Value);
            // SecurityHeaders sends X-Frame-Options: DENY on every answer.
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            // The floor for every cookie, including TempData and the language cookie: no script reads any of them.
            o.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.Secure = SecurePolicy(security.Value);
        });
        return services;
    }

    /// <summary>
    /// <c>SameAsRequest</c> unless configured, in every environment: Secure on HTTPS, which behind nginx is what a trusted
    /// proxy's X-Forwarded-Proto says (<see cref="ProxySetup"/>); over the plain http of a first look on
    /// 127.0.0.1 a Secure cookie would not be kept by the browser.
    /// </summary>
    public static CookieSecurePolicy SecurePolicy(SecurityOptions security)
    {
        ArgumentNullException.ThrowIfNull(security);
        return security.CookieSecure ?? CookieSecurePolicy.SameAsRequest;
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
        events.OnRedirectToLogin = context => ApiPaths.IsApi(context.Request.Path) ? Status(context, StatusCodes.Status401Unauthorized) : toLogin(context);
        var toDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToAccessDenied = context => ApiPaths.IsApi(context.Request.Path) ? Status(context, StatusCodes.Status403Forbidden) : toDenied(context);
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
