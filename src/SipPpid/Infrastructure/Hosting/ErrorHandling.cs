using Microsoft.AspNetCore.Diagnostics;

namespace SipPpid.Infrastructure.Hosting;

/// <summary>
/// What a failed request is answered with. Under /api: RFC 7807 problem details for every error, an unhandled
/// exception included (in every environment, without its message). Pages: the friendly /Error page (the developer
/// page in Development), and /Error/{code} for an empty error status. A request the server refuses while reading it
/// (a chunked body over the limit: 413, a malformed one: 400) keeps its status instead of becoming a 500, and is not
/// logged as an error of the app.
/// </summary>
public static class ErrorHandling
{
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(c => ApiPaths.IsApi(c.Request.Path), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf, SuppressDiagnosticsCallback = IsRefusedRequest });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !ApiPaths.IsApi(c.Request.Path), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions
                {
                    ExceptionHandlingPath = "/Error",
                    StatusCodeSelector = StatusOf,
                    SuppressDiagnosticsCallback = IsRefusedRequest,
                });
            }

            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
        return app;
    }

    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError;

    private static bool IsRefusedRequest(ExceptionHandlerSuppressDiagnosticsContext context) => context.Exception is BadHttpRequestException;
}
