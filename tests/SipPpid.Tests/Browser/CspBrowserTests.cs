using Microsoft.Playwright;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The pages under the real Content-Security-Policy in Chromium: no violation anywhere, the dashboard's chart is drawn
/// (Chart.js without eval), the htmx refresh runs and carries the antiforgery header, and a file over the upload
/// limit is refused as soon as it is chosen.
/// </summary>
public sealed class CspBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Watch = """
        window.__csp = [];
        window.__swaps = 0;
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
        document.addEventListener('htmx:afterSwap', () => window.__swaps++);
        """;

    private async Task<IPage> PageAsync(List<string> errors)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync(Watch);
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        return page;
    }

    private static async Task VisitAsync(IPage page, string url, List<string> errors)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url}: {response?.Status}");
        Assert.Equal("script-src 'self'", (await response!.HeaderValueAsync("content-security-policy"))!.Split(';')[1].Trim());
        var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
        Assert.True(violations.Length == 0, $"{url}: " + string.Join(" | ", violations));
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Public_and_staff_pages_run_without_a_policy_violation_and_the_dashboard_still_works()
    {
        var r = await browser.App.SubmitAsync(Support.Requests.Valid("DINKES", "Pemohon CSP"));
        var number = Uri.EscapeDataString(r.RegistrationNumber);
        var errors = new List<string>();
        var page = await PageAsync(errors);
        foreach (var url in new[] { "/", "/Permohonan/Ajukan", $"/Lacak?nomor={number}&kode={r.TrackingCode}",
                     $"/Permohonan/Tanda-Terima?nomor={number}&kode={r.TrackingCode}", "/Account/Login", "/Account/ForgotPassword", "/Akun/Daftar", "/Statistik?periode=2025" })
            await VisitAsync(page, browser.BaseUrl + url, errors);

        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "utama@ppid.demo");
        await page.FillAsync("#Input_Password", Features.Demo.DemoProvince.Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        foreach (var url in new[] { "/Requests", $"/Requests/Details/{r.Id}", "/Objections", "/Reports/Service", "/Calendar", "/Units", "/Settings", "/Requests/Repeated" })
            await VisitAsync(page, browser.BaseUrl + url, errors);

        var htmxHeaders = new List<string?>();
        page.Request += (_, request) => { if (request.Headers.ContainsKey("hx-request")) htmxHeaders.Add(request.Headers.GetValueOrDefault("requestverificationtoken")); };
        await VisitAsync(page, browser.BaseUrl + "/Reports", errors);
        Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart('trend-chart') !== undefined"), "the trend chart was not drawn");
        await page.WaitForFunctionAsync("() => window.__swaps > 0", null, new() { Timeout = 20_000 });
        Assert.NotEmpty(htmxHeaders);
        Assert.All(htmxHeaders, h => Assert.False(string.IsNullOrEmpty(h)));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("60-dashboard-under-csp.png"), FullPage = true });
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_as_soon_as_it_is_chosen()
    {
        var errors = new List<string>();
        var page = await PageAsync(errors);
        await page.GotoAsync(browser.BaseUrl + "/Permohonan/Ajukan");
        await page.SetInputFilesAsync("#Form_IdentityCard", new FilePayload { Name = "ktp-besar.pdf", MimeType = "application/pdf", Buffer = new byte[6 * 1024 * 1024] });
        var message = await page.EvalOnSelectorAsync<string>("#Form_IdentityCard", "e => e.validationMessage");
        Assert.Equal("Berkas ktp-besar.pdf lebih dari 5 MB.", message);
        await page.ClickAsync("#submit-request");
        Assert.EndsWith("/Permohonan/Ajukan", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("61-upload-too-large.png") });
    }
}
