using SipPpid.Features.Reports.Archive;

namespace SipPpid.Features.Reports;

/// <summary>The reports feature's services: the service report, its documents and the archive.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ServiceReport>();
        services.AddScoped<ServiceDocuments>();
        services.AddScoped<FinalizeReport>();
        services.AddScoped<ArchiveCorrections>();
        return services;
    }
}
