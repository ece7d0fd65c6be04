namespace SipPpid.Features.Dip;

/// <summary>The staff side of the Daftar Informasi Publik: entries, their documents and history.</summary>
public static class DipSetup
{
    public static IServiceCollection AddDip(this IServiceCollection services)
    {
        services.AddScoped<DipHistory>();
        services.AddScoped<SaveDipEntry>();
        services.AddScoped<ReleaseDik>();
        services.AddScoped<DipDocuments>();
        return services;
    }
}
