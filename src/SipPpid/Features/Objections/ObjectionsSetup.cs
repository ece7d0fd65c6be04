namespace SipPpid.Features.Objections;

/// <summary>The objections feature's services.</summary>
public static class ObjectionsSetup
{
    public static IServiceCollection AddObjections(this IServiceCollection services)
    {
        services.AddScoped<ObjectionMails>();
        services.AddScoped<FileObjection>();
        services.AddScoped<DecideObjection>();
        services.AddScoped<RecordDispute>();
        services.AddScoped<ObjectionReminders>();
        services.AddHostedService<ObjectionReminderJob>();
        return services;
    }
}
