using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SipPpid.Data;

namespace SipPpid.Infrastructure.Hosting;

/// <summary>
/// The load balancer's probes. <c>/healthz</c> is liveness only (the process answers); <c>/readyz</c> says whether
/// this instance can serve: the database is reachable and has every migration applied (an instance started with
/// newer code than the schema, or with the database gone, is taken out of rotation). 503 names the failed check;
/// the error itself goes to the log, not to the anonymous caller.
/// </summary>
public static partial class Probes
{
    private const string Ready = "ready";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    public static IServiceCollection AddProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReachable>("database", tags: [Ready], timeout: Timeout)
            .AddCheck<MigrationsApplied>("migrations", tags: [Ready], timeout: Timeout);
        return services;
    }

    public static void MapProbes(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness check {Check} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string check);

    private sealed class DatabaseReachable(AppDbContext db, ILogger<DatabaseReachable> log) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                return HealthCheckResult.Healthy("The database answers.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(log, ex, context.Registration.Name);
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }
        }
    }

    private sealed class MigrationsApplied(AppDbContext db, ILogger<MigrationsApplied> log) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                return pending.Count == 0
                    ? HealthCheckResult.Healthy("Every migration is applied.")
                    : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied, from {pending[0]}: run `migrate`.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(log, ex, context.Registration.Name);
                return HealthCheckResult.Unhealthy("The applied migrations cannot be read.");
            }
        }
    }
}
