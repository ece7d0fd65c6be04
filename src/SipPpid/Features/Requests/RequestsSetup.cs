using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Features.Requests;

/// <summary>The requests feature's services: registering, routing, processing, their mails and reminders.</summary>
public static class RequestsSetup
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<Numbering>();
        services.AddScoped<RequestMails>();
        services.AddScoped<RegisterRequest>();
        services.AddSingleton<RegistrationWriter>();
        services.AddScoped<RequestRouting>();
        services.AddScoped<RequestProcessing>();
        services.AddScoped<RepeatedRequests>();
        services.AddScoped<DueSoonReminders>();
        services.AddHostedService<DueSoonReminderJob>();
        return services;
    }
}
