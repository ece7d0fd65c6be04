using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Infrastructure.Jobs;

/// <summary>
/// A thin hosted shell: every interval it creates a scope and runs one round of a feature's job, logging a failed
/// round instead of letting it stop the host. Rounds run one at a time across all instances on the database: a
/// round first takes the job's <see cref="JobLease"/> and keeps it for the interval, so the job runs about once per
/// interval however many instances there are, and another instance takes over when this one stops.
/// Off when <c>Mail:Enabled</c> is false.
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger log) : BackgroundService
{
    /// <summary>How long a running round may take before another instance may start one (a crashed holder's lease ends then).</summary>
    public static readonly TimeSpan RoundTimeout = TimeSpan.FromMinutes(5);

    // Unique per job object, so two hosts in one process (tests) are two holders like two servers.
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected MailOptions Mail => options.Value;

    /// <summary>The lease's name, one per job.</summary>
    public virtual string Name => GetType().Name;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    /// <summary>Runs one round if this instance gets the job's lease; false when another instance has it.</summary>
    public async Task<bool> RunRoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var started = leases.Now();
        if (!await leases.TryAcquireAsync(Name, _holder, Interval + RoundTimeout, ct)) return false;
        try
        {
            await RunOnceAsync(scope.ServiceProvider, ct);
        }
        finally
        {
            // Keep the lease until the next round is due, so other instances' timers don't run the job again meanwhile.
            await leases.HoldUntilAsync(Name, _holder, started + Interval, CancellationToken.None);
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Mail.Enabled) return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(log, ex, Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string job);
}
