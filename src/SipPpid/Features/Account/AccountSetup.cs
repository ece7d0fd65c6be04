namespace SipPpid.Features.Account;

/// <summary>The account feature's services (password mails).</summary>
public static class AccountSetup
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<PasswordMails>();
        return services;
    }
}
