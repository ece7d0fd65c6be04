using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace SipPpid.Features.PublicRequests;

public sealed class RateLimitOptions
{
    /// <summary>Public submissions (form and API) per client address per minute; above it the answer is 429.</summary>
    public int PublicSubmissionsPerMinute { get; set; } = 30;
}

/// <summary>
/// The public submissions' rate limit: a fixed one-minute window per client address, counting POSTs only (the
/// form's GET is free). The API gets a problem details 429; the form's 429 becomes the friendly /Error/429 page.
/// The counters live in each instance's memory: behind a load balancer with N instances a client gets up to N times
/// the limit (accepted: it is a brake on floods, not a quota), and the client address is the forwarded one.
/// </summary>
public static class PublicRateLimit
{
    public const string Policy = "public-submissions";

    public static IServiceCollection AddPublicRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration("RateLimits")
            .Validate(o => o.PublicSubmissionsPerMinute > 0, "RateLimits:PublicSubmissionsPerMinute must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("get");
                var limit = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.PublicSubmissionsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return;
                await Results.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "Too many submissions from this address; wait a minute and try again.",
                }).ExecuteAsync(http);
            };
        });
        return services;
    }
}
