namespace SipPpid.Features.Portal;

/// <summary>The public portal: its services and the endpoints that are not pages (document downloads, the DIP API).</summary>
public static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<PortalOverview>();
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapPortalDownloads();
        app.MapDipApi();
        return app;
    }
}
