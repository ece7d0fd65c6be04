using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Security;

/// <summary>Settings of the section <c>RateLimits</c>; above a limit the answer is 429.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Public submissions (request form, intake API, applicant sign-up) per client address per minute.</summary>
    public int PublicSubmissionsPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts per minute, per client address and, separately, per account name.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Password reset requests per hour, per client address and, separately, per e-mail address.</summary>
    public int PasswordResetsPerHour { get; set; } = 5;

    /// <summary>
    /// Look-ups by number and tracking code (tracking page, receipts, objection filing, status API) per client address
    /// per minute, so the ten-character codes cannot be guessed by brute force.
    /// </summary>
    public int TrackingLookupsPerMinute { get; set; } = 20;

    /// <summary>
    /// Public reads that query the whole body (the DIP API and search suggestions, open statistics pages and downloads)
    /// per client address per minute.
    /// </summary>
    public int PublicReadsPerMinute { get; set; } = 120;

    /// <summary>
    /// Responses sent from a unit's survey kiosk per client address per minute. A person needs well over ten seconds for
    /// nine answers, so a tablet at a busy counter stays under it; a script flooding the survey does not.
    /// </summary>
    public int SurveyKioskPerMinute { get; set; } = 6;
}

/// <summary>
/// Every rate limit of the app, in one place: fixed windows per client address (the address comes from the
/// connection, or from X-Forwarded-For once the forwarded headers are trusted). Endpoints opt in with
/// <c>[EnableRateLimiting(RateLimits.X)]</c> or <c>.RequireRateLimiting(RateLimits.X)</c>; limits per account name
/// are <see cref="AccountThrottle"/>'s. The API gets a problem details 429; a page's 429 becomes the friendly
/// /Error/429 page. Counters live in memory, so with several instances each counts on its own.
/// </summary>
public static class RateLimits
{
    /// <summary>POSTs of public submissions.</summary>
    public const string PublicSubmissions = "public-submissions";

    /// <summary>POSTs of the sign-in form.</summary>
    public const string SignIn = "sign-in";

    /// <summary>POSTs of the "forgot password" form.</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>Every request that carries a number and code (a GET without a query, the empty form, is free).</summary>
    public const string Tracking = "tracking";

    /// <summary>Every public read that queries the whole body: the DIP API, the request form's suggestions, open statistics.</summary>
    public const string PublicReads = "public-reads";

    /// <summary>POSTs of the survey kiosk (walk-in responses, no sign-in).</summary>
    public const string SurveyKiosk = "survey-kiosk";

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits")
            .Validate(o => o.PublicSubmissionsPerMinute > 0 && o.SignInPerMinute > 0 && o.PasswordResetsPerHour > 0 && o.TrackingLookupsPerMinute > 0 && o.PublicReadsPerMinute > 0
                && o.SurveyKioskPerMinute > 0,
                "RateLimits: every limit must be positive.");
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicSubmissions, http => PerAddress(http, HttpMethods.IsPost(http.Request.Method), l => l.PublicSubmissionsPerMinute, TimeSpan.FromMinutes(1)));
            o.AddPolicy(SignIn, http => PerAddress(http, HttpMethods.IsPost(http.Request.Method), l => l.SignInPerMinute, TimeSpan.FromMinutes(1)));
            o.AddPolicy(PasswordReset, http => PerAddress(http, HttpMethods.IsPost(http.Request.Method), l => l.PasswordResetsPerHour, TimeSpan.FromHours(1)));
            o.AddPolicy(Tracking, http => PerAddress(http, !HttpMethods.IsGet(http.Request.Method) || http.Request.QueryString.HasValue,
                l => l.TrackingLookupsPerMinute, TimeSpan.FromMinutes(1)));
            o.AddPolicy(PublicReads, http => PerAddress(http, true, l => l.PublicReadsPerMinute, TimeSpan.FromMinutes(1)));
            o.AddPolicy(SurveyKiosk, http => PerAddress(http, HttpMethods.IsPost(http.Request.Method), l => l.SurveyKioskPerMinute, TimeSpan.FromMinutes(1)));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return;
                await Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Too many requests from this address; wait a minute and try again.",
                }).ExecuteAsync(http);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, bool counted, Func<RateLimitOptions, int> limit, TimeSpan window)
    {
        if (!counted) return RateLimitPartition.GetNoLimiter("free");
        var permits = limit(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }
}

/// <summary>
/// Limits per account name, which a per-address limit cannot give (an attacker spreads guesses over many
/// addresses): sign-in attempts per e-mail per minute, and password reset mails per e-mail per hour. Lockout after
/// five wrong passwords still applies on top of it.
/// </summary>
public sealed partial class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly ILogger<AccountThrottle> _log;

    public AccountThrottle(IOptions<RateLimitOptions> options, ILogger<AccountThrottle> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _log = log;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            key.StartsWith("reset:", StringComparison.Ordinal)
                ? new FixedWindowRateLimiterOptions { PermitLimit = limits.PasswordResetsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }
                : new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public bool TrySignIn(string account) => Acquire("signin:", account);

    public bool TryPasswordReset(string email) => Acquire("reset:", email);

    private bool Acquire(string purpose, string account)
    {
        using var lease = _limiter.AttemptAcquire(purpose + account.Trim().ToUpperInvariant());
        if (!lease.IsAcquired) Throttled(_log, purpose.TrimEnd(':'), account.Trim());
        return lease.IsAcquired;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Purpose} reached for account {Account}")]
    private static partial void Throttled(ILogger logger, string purpose, string account);

    public void Dispose() => _limiter.Dispose();
}
