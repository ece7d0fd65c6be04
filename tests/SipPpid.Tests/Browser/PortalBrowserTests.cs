using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Portal;

namespace SipPpid.Tests.Browser;

/// <summary>An anonymous visitor finds published information on the portal and downloads it; the request form suggests it.</summary>
public sealed class PortalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_searches_a_word_of_a_summary_opens_the_entry_and_downloads_its_document()
    {
        var id = await PortalData.SeedAsync(browser.App);
        var doc = await browser.App.WithDbAsync(db => db.DipDocuments.Where(d => d.EntryId == id).Select(d => new { d.Id, d.Size, d.DownloadCount }).FirstAsync());
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(browser.BaseUrl + "/");
        Assert.Contains(PortalData.RunningTitle, await page.InnerTextAsync("#serta-merta"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("60-portal-home.png"), FullPage = true });

        await page.FillAsync("#dip-q", PortalData.Word);
        await page.ClickAsync("#dip-search-submit");
        await page.WaitForSelectorAsync("#dip-total");
        Assert.Equal("1", await page.InnerTextAsync("#dip-total"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("61-portal-results.png"), FullPage = true });

        await page.ClickAsync($"text={PortalData.PublishedTitle}");
        await page.WaitForSelectorAsync("#entry-title");
        Assert.Equal(PortalData.PublishedTitle, await page.InnerTextAsync("#entry-title"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("62-portal-entry.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#entry-documents a[href='/Informasi/Dokumen/{doc.Id}']"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(doc.Size, bytes.Length);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(doc.DownloadCount + 1, await browser.App.WithDbAsync(db => db.DipDocuments.Where(d => d.Id == doc.Id).Select(d => d.DownloadCount).FirstAsync()));
    }

    [Fact]
    public async Task The_portal_pages_fit_a_phone_and_the_request_form_suggests_published_information()
    {
        var id = await PortalData.SeedAsync(browser.App);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        foreach (var (url, name) in new[] { ("/", "63-portal-home-390.png"), ("/Informasi?q=mangrove", "64-portal-results-390.png"), ($"/Informasi/{id}", "65-portal-entry-390.png") })
        {
            await page.GotoAsync(browser.BaseUrl + url);
            // Nothing wider than the phone: no horizontal scrolling.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), url);
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath(name), FullPage = true });
        }

        await page.GotoAsync(browser.BaseUrl + "/Permohonan/Ajukan");
        await page.FillAsync("#Form_InformationRequested", "Mohon data " + PortalData.Word + " per kabupaten");
        await page.WaitForSelectorAsync("#dip-suggestion-list");
        Assert.Contains(PortalData.PublishedTitle, await page.InnerTextAsync("#dip-suggestions"));
        Assert.True(await page.IsEnabledAsync("#submit-request"));
    }
}
