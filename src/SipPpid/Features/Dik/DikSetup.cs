namespace SipPpid.Features.Dik;

/// <summary>The Daftar Informasi yang Dikecualikan: consequence tests, their decrees, expiry, import and the public list.</summary>
public static class DikSetup
{
    public static IServiceCollection AddDik(this IServiceCollection services)
    {
        services.AddScoped<DikHistory>();
        services.AddScoped<ClassifyInformation>();
        services.AddScoped<DikExpiryNotices>();
        services.AddHostedService<DikExpiryNoticeJob>();
        services.AddScoped<ImportDik>();
        services.AddScoped<DikLetters>();
        return services;
    }

    public static IEndpointRouteBuilder MapDik(this IEndpointRouteBuilder app)
    {
        app.MapDikApi();
        return app;
    }
}
