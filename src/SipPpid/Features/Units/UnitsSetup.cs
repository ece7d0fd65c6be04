namespace SipPpid.Features.Units;

/// <summary>The units feature's services.</summary>
public static class UnitsSetup
{
    public static IServiceCollection AddUnits(this IServiceCollection services)
    {
        services.AddScoped<ImportUnits>();
        services.AddScoped<SaveUnit>();
        return services;
    }
}
