using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>What the friendly "PDF belum dapat dibuat" page shows.</summary>
public sealed record PdfUnavailableView(bool ChromiumMissing, string Package, int? RetryAfterSeconds, string PrintUrl);

/// <summary>
/// The answer to a <see cref="PdfUnavailableException"/>: 503 (with Retry-After when the render slots are busy) and
/// a page that says why and offers the print view (the same URL without <c>format=pdf</c>, printable from the
/// browser), or RFC 7807 problem details under /api. Logged as one warning line, without a stack trace.
/// </summary>
public static partial class PdfUnavailable
{
    public const string ViewPath = "/Features/Shared/PdfUnavailable.cshtml";

    public static IActionResult Result(HttpContext http, PdfUnavailableException ex)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(ex);
        NotPrinted(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PdfUnavailable).FullName!),
            http.Request.Path.Value, ex.Message);
        var retry = ex.RetryAfter is { } r ? (int)Math.Ceiling(r.TotalSeconds) : (int?)null;
        if (retry is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = ex.ChromiumMissing ? "PDF export is not available" : "PDF rendering is busy",
                Detail = ex.Message,
            })
            { StatusCode = StatusCodes.Status503ServiceUnavailable, ContentTypes = { "application/problem+json" } };
        }

        var model = new PdfUnavailableView(ex.ChromiumMissing, PdfUnavailableException.Package, retry, PrintUrl(http.Request));
        return new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<PdfUnavailableView>(
                http.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            { Model = model },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF not printed for {Path}: {Reason}")]
    private static partial void NotPrinted(ILogger logger, string? path, string reason);

    /// <summary>The asked URL without <c>format</c>: the page's print view (for a POST, the same page).</summary>
    public static string PrintUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => !string.Equals(q.Key, PdfDownloadAttribute.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}

/// <summary>Turns a <see cref="PdfUnavailableException"/> thrown by a page handler (e.g. finalizing a report) into <see cref="PdfUnavailable.Result"/>.</summary>
public sealed class PdfUnavailableFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not PdfUnavailableException ex) return;
        context.Result = PdfUnavailable.Result(context.HttpContext, ex);
        context.ExceptionHandled = true;
    }
}
