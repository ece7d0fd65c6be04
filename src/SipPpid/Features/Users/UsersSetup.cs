namespace SipPpid.Features.Users;

/// <summary>The staff accounts feature's services.</summary>
public static class UsersSetup
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<CreateStaffAccount>();
        return services;
    }
}
