using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Storage;

/// <summary>
/// Request size limits that follow <c>Storage:MaxUploadBytes</c>: a request body may hold three files at the limit
/// (the public form's identity card, deed and power of attorney) plus 1 MB of fields; a page may allow more with
/// <c>[RequestSizeLimit]</c> (the register import does). A request that declares a larger body is refused with 413
/// before any of it is read (the friendly /Error/413 page, or problem details under /api); a chunked one stops at the
/// same limit. Within the limit, <see cref="FileStore"/> still refuses each file over <c>MaxUploadBytes</c> with a
/// message next to its field.
/// </summary>
public static class UploadLimits
{
    public static long MaxRequestBytes(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return 3 * storage.MaxUploadBytes + 1024 * 1024;
    }

    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        // Bound straight from configuration, not through the validated options: the server is built before the start-up
        // check (ConfigurationCheck) names every bad setting at once, and must not fail first on an unrelated one.
        services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((k, c) => k.Limits.MaxRequestBodySize = MaxRequestBytes(Storage(c)));
        services.AddOptions<FormOptions>().Configure<IConfiguration>((f, c) => f.MultipartBodyLengthLimit = MaxRequestBytes(Storage(c)));
        return services;
    }

    private static StorageOptions Storage(IConfiguration configuration) =>
        configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();

    /// <summary>After routing, so that the endpoint's own limit is known.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var max = MaxRequestBytes(app.ApplicationServices.GetRequiredService<IOptions<StorageOptions>>().Value);
        return app.Use(async (context, next) =>
        {
            // The re-executed error page of a refused request must not be refused again.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }

            var own = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = own is null ? max : own.MaxRequestBodySize;
            if (limit is { } l && context.Request.ContentLength > l)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await Results.Problem(new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Request too large",
                        Detail = $"The request body may not exceed {l} bytes.",
                    }).ExecuteAsync(context);
                }

                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
            await next(context);
        });
    }
}
