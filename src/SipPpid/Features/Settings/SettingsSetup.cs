namespace SipPpid.Features.Settings;

/// <summary>The body's settings: its name, address and logo as pages and documents read them.</summary>
public static class SettingsSetup
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<CurrentBody>();
        services.AddSingleton<BodyLogo>();
        return services;
    }
}
