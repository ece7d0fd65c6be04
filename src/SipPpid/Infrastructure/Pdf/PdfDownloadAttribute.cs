using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>A page that can be downloaded as PDF names its file.</summary>
public interface IPdfDocument
{
    /// <summary>The download's file name, e.g. "tanda-terima-0042-PPID-DISKOMINFO-XI-2026.pdf".</summary>
    string PdfFileName { get; }

    /// <summary>
    /// Whether the PDF carries the tagged-PDF structure tree (screen readers). A register of a thousand rows says no:
    /// the tree would be most of its size.
    /// </summary>
    bool PdfTagged => true;
}

/// <summary>
/// Serves any Razor page as PDF from the very HTML it renders: put <c>[PdfDownload]</c> on the page model
/// (optionally implementing <see cref="IPdfDocument"/> for the file name) and link to the page with
/// <c>format=pdf</c> added to its query. The filter renders the page as usual into a buffer, inlines the
/// stylesheets it links from wwwroot (Chromium gets no network), drops scripts, prints it with
/// <see cref="ChromiumPdf"/> and answers <c>application/pdf</c> as an attachment. With <c>format=html</c> it
/// answers that same self-contained HTML instead (a file that opens and prints anywhere, without the app). Non-200 answers (404, a
/// redirect) pass through unchanged, so the page's own access checks apply to the PDF too.
/// To reuse it for officer letters (written notices, extension notices): give the letter page
/// <c>Layout = "_PrintLayout"</c>, put <c>&lt;partial name="_Letterhead" model="…" /&gt;</c> at its top,
/// mark its model <c>[PdfDownload]</c> and link to <c>?id=…&amp;format=pdf</c>; A4 size and the
/// "Halaman X dari Y" footer come from <c>css/letter.css</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed partial class PdfDownloadAttribute : Attribute, IAsyncResultFilter
{
    public const string QueryKey = "format";
    public const string QueryValue = "pdf";
    public const string HtmlValue = "html";

    /// <summary>True when the PDF is asked for.</summary>
    public static bool IsRequested(HttpRequest request) =>
        string.Equals(request?.Query[QueryKey], QueryValue, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the page is rendered as a document file (PDF or self-contained HTML): no toolbar.</summary>
    public static bool IsDocument(HttpRequest request) =>
        IsRequested(request) || string.Equals(request?.Query[QueryKey], HtmlValue, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when a view is rendered as a document file, by this filter or by <see cref="ViewPdf"/>. Such a rendering
    /// may carry an inline &lt;style&gt; (a running page header): no browser shows it, so the page's CSP does not apply.
    /// </summary>
    public static bool IsDocument(Microsoft.AspNetCore.Mvc.Rendering.ViewContext view) =>
        view is not null && (IsDocument(view.HttpContext.Request) || view.ViewData[ViewPdf.AsPdfKey] is true);

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!IsDocument(http.Request) || context.Result is not PageResult)
        {
            await next();
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        ResultExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            http.Response.Body = original;
        }

        buffer.Position = 0;
        if (executed.Exception is not null && !executed.ExceptionHandled) return;
        if (http.Response.StatusCode != StatusCodes.Status200OK)
        {
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }

        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var html = SelfContained(Encoding.UTF8.GetString(buffer.ToArray()), env.WebRootFileProvider);
        var name = (context.Controller as IPdfDocument)?.PdfFileName ?? "dokumen.pdf";
        byte[] file;
        if (IsRequested(http.Request))
        {
            try
            {
                file = await http.RequestServices.GetRequiredService<ChromiumPdf>()
                    .FromHtmlAsync(html, (context.Controller as IPdfDocument)?.PdfTagged ?? true, http.RequestAborted);
            }
            catch (PdfUnavailableException ex)
            {
                // The page was rendered into the buffer only: nothing has been sent, so the friendly answer replaces it.
                http.Response.Headers.Remove(HeaderNames.ContentType);
                await PdfUnavailable.Result(http, ex).ExecuteResultAsync(context);
                return;
            }

            http.Response.ContentType = "application/pdf";
        }
        else
        {
            file = Encoding.UTF8.GetBytes(html);
            http.Response.ContentType = "text/html; charset=utf-8";
            name = Path.ChangeExtension(name, ".html");
        }

        http.Response.ContentLength = file.Length;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = AsciiName().Replace(name, "-"),
            FileNameStar = name,
        }.ToString();
        await original.WriteAsync(file, http.RequestAborted);
    }

    /// <summary>The HTML with every wwwroot stylesheet inlined as &lt;style&gt; and every script removed.</summary>
    public static string SelfContained(string html, IFileProvider webRoot)
    {
        ArgumentNullException.ThrowIfNull(webRoot);
        html = Script().Replace(html ?? "", "");
        return Stylesheet().Replace(html, m =>
        {
            var href = Attribute(m.Value, "href");
            if (href is null || href.Contains("//", StringComparison.Ordinal)) return "";
            var path = href.Split('?', '#')[0].TrimStart('~', '/');
            var file = webRoot.GetFileInfo(path);
            if (!file.Exists) file = webRoot.GetFileInfo(Fingerprint().Replace(path, "$1$2"));
            if (!file.Exists) return "";
            using var reader = new StreamReader(file.CreateReadStream());
            var media = Attribute(m.Value, "media");
            return $"<style{(media is null ? "" : $" media=\"{media}\"")}>{reader.ReadToEnd()}</style>";
        });
    }

    private static string? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"""\b{name}\s*=\s*"([^"]*)" """.TrimEnd(), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("""<link\b[^>]*\brel\s*=\s*"stylesheet"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""<script\b[^>]*>.*?</script>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    /// <summary>"css/site.abc123def4.css" (MapStaticAssets' fingerprinted name) → "css/site.css".</summary>
    [GeneratedRegex("""^(.*)\.[a-z0-9]{8,}(\.css)$""")]
    private static partial Regex Fingerprint();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex AsciiName();
}
