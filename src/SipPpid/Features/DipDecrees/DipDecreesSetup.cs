namespace SipPpid.Features.DipDecrees;

/// <summary>The DIP's import, exports and decrees (Penetapan DIP).</summary>
public static class DipDecreesSetup
{
    public static IServiceCollection AddDipDecrees(this IServiceCollection services)
    {
        services.AddScoped<ImportDip>();
        services.AddScoped<DecreeFiles>();
        services.AddScoped<FixDipDecree>();
        return services;
    }
}
