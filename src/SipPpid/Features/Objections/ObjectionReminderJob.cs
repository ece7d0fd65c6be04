using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Jobs;

namespace SipPpid.Features.Objections;

/// <summary>Queues the Atasan PPID's reminders of objections due soon every <c>Mail:ReminderMinutes</c>.</summary>
public sealed class ObjectionReminderJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<ObjectionReminderJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(Mail.ReminderMinutes);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ObjectionReminders>().RunAsync(ct);
}
