using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Storage;

/// <summary>Uploaded files: the options of section <c>Storage</c>, checked at start, and the store.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration("Storage").ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsCheck>();
        services.AddSingleton<FileStore>();
        return services;
    }
}
