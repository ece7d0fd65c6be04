using Microsoft.AspNetCore.OpenApi;

namespace SipPpid.Features.PublicRequests;

/// <summary>The public requests feature's part of the API description: the allowed codes of the intake's coded fields.</summary>
public static class PublicRequestsSetup
{
    public static IServiceCollection AddPublicRequests(this IServiceCollection services)
    {
        services.Configure<OpenApiOptions>("v1", o => o.AddSchemaTransformer(IntakeCodeLists.ListCodes));
        return services;
    }
}
