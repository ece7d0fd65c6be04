using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>
/// Prints a Razor view (not a page: a <c>.cshtml</c> without <c>@page</c>, e.g. a document with
/// <c>Layout = "_PrintLayout"</c>) to PDF inside the current request, for documents that are kept rather than
/// downloaded (the archived report). The HTML goes through the same steps as <see cref="PdfDownloadAttribute"/>:
/// stylesheets inlined, scripts dropped, printed by <see cref="ChromiumPdf"/>. The layout learns it is printing
/// from <see cref="AsPdfKey"/> in the view data (no toolbar).
/// </summary>
public sealed class ViewPdf(IRazorViewEngine views, ITempDataProvider tempData, IWebHostEnvironment env, ChromiumPdf chromium)
{
    public const string AsPdfKey = "AsPdf";

    public async Task<byte[]> PrintAsync(ActionContext context, string viewPath, object model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = views.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!found.Success) throw new InvalidOperationException($"View {viewPath} not found: {string.Join(", ", found.SearchedLocations)}");
        var data = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model, [AsPdfKey] = true };
        await using var html = new StringWriter();
        var viewContext = new ViewContext(context, found.View, data, new TempDataDictionary(context.HttpContext, tempData), html, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return await chromium.FromHtmlAsync(PdfDownloadAttribute.SelfContained(html.ToString(), env.WebRootFileProvider), ct);
    }
}
