namespace SipPpid.Features.RegisterImport;

/// <summary>The register import: its options (section <c>RegisterImport</c>), its jobs and the runner that works them.</summary>
public static class RegisterImportSetup
{
    public static IServiceCollection AddRegisterImport(this IServiceCollection services)
    {
        services.AddScoped<ImportRegister>();
        services.AddOptions<RegisterImportOptions>().BindConfiguration("RegisterImport")
            .Validate(o => o.PollSeconds > 0 && o.LeaseSeconds >= 2 && o.KeepDays > 0,
                "RegisterImport: PollSeconds must be above 0, LeaseSeconds at least 2 and KeepDays at least 1.")
            .ValidateOnStart();
        services.AddSingleton<RegisterImportSignal>();
        services.AddSingleton<RegisterImportBoard>();
        services.AddScoped<RegisterImportJobs>();
        services.AddHostedService<RegisterImportRunner>();
        return services;
    }
}
