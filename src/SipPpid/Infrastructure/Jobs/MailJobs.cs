using Microsoft.Extensions.Options;
using SipPpid.Features.Notifications;
using SipPpid.Features.Objections;

namespace SipPpid.Infrastructure.Jobs;

/// <summary>
/// A thin hosted shell: every interval it creates a scope and runs one step of a feature's job, logging a failed
/// run instead of letting it stop the host. Off when <c>Mail:Enabled</c> is false.
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger log) : BackgroundService
{
    protected MailOptions Mail => options.Value;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Mail.Enabled) return;
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(log, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string job);
}

/// <summary>Sends the outbox every <c>Mail:PollSeconds</c>.</summary>
public sealed class OutboxJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<OutboxJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Mail.PollSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboxSender>().RunAsync(ct);
}

/// <summary>Queues the due-soon reminders every <c>Mail:ReminderMinutes</c>.</summary>
public sealed class DueSoonReminderJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<DueSoonReminderJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Mail.ReminderMinutes);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DueSoonReminders>().RunAsync(ct);
}

/// <summary>Queues the Atasan PPID's reminders of objections due soon every <c>Mail:ReminderMinutes</c>.</summary>
public sealed class ObjectionReminderJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<ObjectionReminderJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Mail.ReminderMinutes);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ObjectionReminders>().RunAsync(ct);
}
