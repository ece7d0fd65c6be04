namespace SipPpid.Features.ApplicantAccount;

/// <summary>The applicant accounts feature's services.</summary>
public static class ApplicantAccountSetup
{
    public static IServiceCollection AddApplicantAccount(this IServiceCollection services)
    {
        services.AddScoped<ApplicantSignUp>();
        return services;
    }
}
