using System.Text;
using Microsoft.Playwright;
using SipPpid.Tests.RegisterImport;
using static SipPpid.Tests.RegisterImport.RegisterFiles;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The register import in Chromium: the PPID Utama uploads a file and lands on its job's page, which shows the result;
/// a running job's page shows its progress bar and updates itself (htmx, under the CSP) until the import has ended.
/// </summary>
public sealed class RegisterImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string[] Row(string unit, string number) =>
        [unit, number, "2026-01-05", "web", "individual", "Budi", "", "Data", "view", "", "", "2026-01-09", "granted_full", "", "", "", "", "", "", "", "", "", "", ""];

    private async Task<IPage> SignedInAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));");
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "utama@ppid.demo");
        await page.FillAsync("#Input_Password", Features.Demo.DemoProvince.Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        return page;
    }

    [Fact]
    public async Task An_upload_lands_on_its_job_page_with_the_result()
    {
        var page = await SignedInAsync();
        await page.GotoAsync(browser.BaseUrl + "/Import/Register");
        var csv = Csv(RegisterFiles.Header, [Row("DINKES", "BRW-001"), Row("DPUPR", "BRW-002"), Row("NOPE", "BRW-003")]);
        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "register-dinas.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.CheckAsync("#skip-invalid");
        await page.ClickAsync("#register-import-form button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Import/Register/[0-9a-f-]{36}$"));
        var summary = page.Locator("#import-summary");
        await summary.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains("2 ditambahkan, 0 dilewati", await summary.InnerTextAsync());
        Assert.Contains("1 baris ditolak.", await summary.InnerTextAsync());
        Assert.Contains("unit 'NOPE' does not exist", await page.Locator("#import-errors").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Unduh baris yang ditolak (CSV)"));
        Assert.Equal("register-dinas-ditolak.csv", download.SuggestedFilename);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("70-register-import-result.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + "/Import/Register");
        Assert.Contains("register-dinas.csv", await page.Locator("#import-jobs").InnerTextAsync());
    }

    [Fact]
    public async Task A_running_jobs_page_shows_progress_and_updates_itself_until_the_end()
    {
        // A job another instance started and left (its lease still runs for a few seconds): the page shows its
        // progress; when the lease ends this instance's runner finishes it, and the page follows without a reload.
        var id = await ImportJobs.AddAsync(browser.App, "utama@ppid.demo", "register-besar.csv",
            Csv(RegisterFiles.Header, [.. Enumerable.Range(1, 30).Select(i => Row("DINKES", $"BRW-1{i:00}"))]), TimeSpan.FromSeconds(10), 12_000, 30_000);

        var page = await SignedInAsync();
        var swaps = 0;
        page.Request += (_, r) => { if (r.Headers.ContainsKey("hx-request")) swaps++; };
        await page.GotoAsync($"{browser.BaseUrl}/Import/Register/{id}");
        Assert.Contains("Menyimpan permohonan: 12.000 dari 30.000.", await page.Locator("#import-phase").InnerTextAsync());
        Assert.Equal("64", await page.Locator("progress").GetAttributeAsync("value"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("71-register-import-progress.png"), FullPage = true });

        var url = page.Url;
        await page.Locator("#import-summary").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(url, page.Url);
        Assert.True(swaps >= 2, $"only {swaps} htmx requests");
        Assert.Contains("30 ditambahkan, 0 dilewati", await page.Locator("#import-summary").InnerTextAsync());
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
    }
}
