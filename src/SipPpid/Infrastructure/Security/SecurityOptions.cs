using System.ComponentModel.DataAnnotations;

namespace SipPpid.Infrastructure.Security;

/// <summary>Settings of the section <c>Security</c>: sessions, password reset links and HSTS.</summary>
public sealed class SecurityOptions
{
    /// <summary>A session ends after this many minutes without a request (sliding expiry).</summary>
    [Range(1, 24 * 60)]
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>A session ends this many hours after signing in, however active it is (absolute expiry).</summary>
    [Range(1, 24 * 30)]
    public int SessionAbsoluteHours { get; set; } = 12;

    /// <summary>
    /// How often a session's security stamp is checked against the database: a password change, a role change or
    /// a lock signs the account's other sessions out within this many minutes.
    /// </summary>
    [Range(0, 60)]
    public int SecurityStampMinutes { get; set; } = 1;

    /// <summary>How long an e-mailed password reset link works.</summary>
    [Range(5, 24 * 60)]
    public int PasswordResetMinutes { get; set; } = 60;

    /// <summary>Strict-Transport-Security max-age, sent on HTTPS answers outside Development.</summary>
    [Range(0, 3650)]
    public int HstsDays { get; set; } = 365;

    /// <summary>
    /// Cookies' Secure flag: <c>SameAsRequest</c> (the default: Secure when the request came over HTTPS, directly or as
    /// a trusted proxy forwarded it) or <c>Always</c> (accepted only with <c>Ppid:RequireHttps=true</c> or HTTPS-only
    /// listening addresses, else the start stops with a configuration error).
    /// </summary>
    public CookieSecurePolicy? CookieSecure { get; set; }
}
