namespace SipPpid.Infrastructure.Operations;

/// <summary>The operator's commands: backup, restore and copying the database to another provider.</summary>
public static class OperationsSetup
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddScoped<CreateBackup>();
        services.AddScoped<RestoreBackup>();
        services.AddScoped<CopyDatabase>();
        return services;
    }
}
