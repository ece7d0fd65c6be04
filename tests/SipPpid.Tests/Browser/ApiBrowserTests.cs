using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Tests.Browser;

/// <summary>The API reference page and the API token page, as a person sees them in Chromium (no network but localhost).</summary>
public sealed class ApiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_api_reference_renders_offline_under_a_script_src_self_policy()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var requests = new List<string>();
        var violations = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(m.Text); };
        // The app's own policy for this path: scripts from 'self' only (see SecurityHeaders.ApiDocsPolicy).
        var answer = await page.GotoAsync(browser.BaseUrl + "/api/docs", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(SecurityHeaders.ApiDocsPolicy, await answer!.HeaderValueAsync("content-security-policy"));
        await page.GetByRole(AriaRole.Heading, new() { Name = "SIP PPID API" }).WaitForAsync();
        foreach (var tag in new[] { "Working-day calendar", "Requests (public)", "Service report" })
            await page.GetByText(tag, new() { Exact = true }).First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("60-api-docs.png") });

        Assert.Empty(violations);
        Assert.All(requests, url => Assert.StartsWith(browser.BaseUrl + "/", url));
        Assert.Contains(browser.BaseUrl + "/openapi/v1.json", requests);

        await page.GetByText("Service report", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("The service report, within the caller's unit scope").First.ClickAsync();
        await page.GetByText("Bearer", new() { Exact = false }).First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("61-api-docs-report.png") });
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_PPID_Pembantu_officer_creates_uses_and_revokes_a_token()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "dinkes@ppid.demo");
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        await page.ClickAsync("nav >> text=Pengaturan");
        await page.ClickAsync("#settings-api-tokens");
        await page.WaitForSelectorAsync("#no-tokens");

        await page.FillAsync("#Form_Name", "Dasbor Dinas Kesehatan");
        await page.ClickAsync("button:has-text('Buat token')");
        await page.WaitForSelectorAsync("#new-token");
        var secret = await page.InputValueAsync("#new-token-value");
        Assert.StartsWith("ppid_", secret, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("62-api-token-created.png"), FullPage = true });

        using var api = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var report = await api.GetStringAsync("/api/v1/reports/service?from=2026-01-01&to=2026-01-31");
        Assert.Contains("\"unit\":\"DINKES\"", report);

        await page.GotoAsync(browser.BaseUrl + "/ApiTokens");
        var row = page.Locator("#tokens-table tbody tr", new() { HasText = "Dasbor Dinas Kesehatan" });
        Assert.DoesNotContain("Belum pernah", await row.InnerTextAsync());
        Assert.DoesNotContain(secret, await page.ContentAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("63-api-tokens-list.png"), FullPage = true });

        await row.GetByRole(AriaRole.Button, new() { Name = "Cabut token Dasbor Dinas Kesehatan" }).ClickAsync();
        await page.WaitForSelectorAsync("text=telah dicabut");
        Assert.Contains("Dicabut", await page.Locator("#tokens-table tbody tr", new() { HasText = "Dasbor Dinas Kesehatan" }).InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("64-api-token-revoked.png"), FullPage = true });
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/reports/service?from=2026-01-01&to=2026-01-31")).StatusCode);
    }
}
