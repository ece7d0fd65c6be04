using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Notifications;

/// <summary>The outbox and its delivery: the options of section <c>Mail</c>, the sender and its job.</summary>
public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail").ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsCheck>();
        services.AddScoped<OutboxSender>();
        services.AddHostedService<OutboxJob>();
        return services;
    }
}
