using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Jobs;

namespace SipPpid.Features.Requests;

/// <summary>Queues the due-soon reminders every <c>Mail:ReminderMinutes</c>.</summary>
public sealed class DueSoonReminderJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<DueSoonReminderJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Mail.ReminderMinutes);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DueSoonReminders>().RunAsync(ct);
}
