using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Jobs;

namespace SipPpid.Features.Dik;

/// <summary>Queues the DIK's 30-day expiry notices once a day (<see cref="DikExpiryNotices"/>).</summary>
public sealed class DikExpiryNoticeJob(IServiceScopeFactory scopes, IOptions<MailOptions> options, ILogger<DikExpiryNoticeJob> log)
    : PeriodicJob(scopes, options, log)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DikExpiryNotices>().RunAsync(ct);
}
