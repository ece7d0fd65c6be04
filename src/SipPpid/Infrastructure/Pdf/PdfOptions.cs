using Microsoft.AspNetCore.Mvc;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>Section <c>Pdf</c>: how many Chromium renders run at once per instance, and how long one waits for a slot.</summary>
public sealed class PdfOptions
{
    public int MaxConcurrentRenders { get; set; } = 2;

    public int QueueSeconds { get; set; } = 30;
}

public static class PdfSetup
{
    /// <summary>Chromium printing, its render gate and the friendly answer when a PDF cannot be printed.</summary>
    public static IServiceCollection AddPdf(this IServiceCollection services)
    {
        services.AddOptions<PdfOptions>().BindConfiguration("Pdf")
            .Validate(o => o.MaxConcurrentRenders is >= 1 and <= 64 && o.QueueSeconds is >= 0 and <= 600,
                "Pdf: MaxConcurrentRenders must be between 1 and 64 and QueueSeconds between 0 and 600.")
            .ValidateOnStart();
        services.AddSingleton<PdfRenderGate>();
        services.AddSingleton<ChromiumPdf>();
        services.AddScoped<ViewPdf>();
        services.Configure<MvcOptions>(o => o.Filters.Add<PdfUnavailableFilter>());
        return services;
    }
}
