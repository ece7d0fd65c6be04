namespace SipPpid.Features.OpenStatistics;

/// <summary>The open statistics' services: the public page reads the service report's engine through <see cref="LoadOpenStatistics"/>.</summary>
public static class OpenStatisticsSetup
{
    public static IServiceCollection AddOpenStatistics(this IServiceCollection services)
    {
        services.AddScoped<LoadOpenStatistics>();
        return services;
    }
}
