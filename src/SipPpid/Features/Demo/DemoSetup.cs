namespace SipPpid.Features.Demo;

/// <summary>The demo data's services (<c>seed-demo</c>, the demo year).</summary>
public static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<SeedDemo>();
        services.AddScoped<DemoYear>();
        services.AddScoped<DemoDip>();
        services.AddScoped<DemoDik>();
        services.AddScoped<DemoSurvey>();
        return services;
    }
}
