namespace SipPpid.Features.Survey;

/// <summary>The Survei Kepuasan Masyarakat: collection (request and kiosk), results, the SKM report, import.</summary>
public static class SurveySetup
{
    public static IServiceCollection AddSurvey(this IServiceCollection services)
    {
        // Collection
        services.AddScoped<RecordSurveyResponse>();
        // Results and report
        // Import
        services.AddScoped<ImportSurvey>();
        return services;
    }

    public static IEndpointRouteBuilder MapSurvey(this IEndpointRouteBuilder app)
    {
        // Endpoints (the report API)
        app.MapSurveyApi();
        return app;
    }
}
