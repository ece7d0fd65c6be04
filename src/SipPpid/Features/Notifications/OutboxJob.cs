using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Jobs;

namespace SipPpid.Features.Notifications;

/// <summary>Sends the outbox every <c>Mail:PollSeconds</c>.</summary>
public sealed class OutboxJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<OutboxJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Mail.PollSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboxSender>().RunAsync(ct);
}
