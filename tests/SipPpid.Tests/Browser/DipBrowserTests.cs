using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The DIP in Chromium: a PPID Pembantu officer (DINKES) creates an entry, uploads a PDF and publishes it; the entry
/// shows as published with its document. <see cref="PublishEntryWithPdfAsync"/> returns the entry's id, so that a
/// journey can go on to the public portal's page and download.
/// </summary>
public sealed partial class DipBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public const string Title = "Laporan Keuangan Dinas Kesehatan 2025";

    private async Task<IPage> SignedInAsync(string email, int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Features.Demo.DemoProvince.Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        return page;
    }

    /// <summary>Creates a draft through the form, uploads a PDF on its edit page, publishes it from its details page; returns its id.</summary>
    public static async Task<int> PublishEntryWithPdfAsync(IPage page, string baseUrl, string title = Title, string? screenshots = null,
        string summary = "Laporan realisasi anggaran dan neraca Dinas Kesehatan tahun anggaran 2025.")
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(baseUrl + "/Dip");
        await page.ClickAsync("#nav-dip");
        await page.ClickAsync("#dip-create");
        await page.FillAsync("#Form_Title", title);
        await page.FillAsync("#Form_Summary", summary);
        await page.FillAsync("#Form_Holder", "Sekretariat Dinas Kesehatan");
        await page.FillAsync("#Form_Responsible", "Kepala Subbagian Keuangan");
        await page.FillAsync("#Form_ProducedTime", "Maret 2026");
        await page.FillAsync("#Form_ProducedPlace", "Pontianak");
        await page.FillAsync("#Form_Retention", "10 tahun");
        if (screenshots is not null) await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath(screenshots + "-create.png"), FullPage = true });
        await page.ClickAsync("#dip-save-draft");
        await page.WaitForURLAsync(EditPage());
        var id = int.Parse(EditPage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await page.SetInputFilesAsync("#upload", new FilePayload { Name = "laporan-keuangan-2025.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 laporan keuangan"u8.ToArray() });
        await page.ClickAsync("#dip-upload-submit");
        await page.Locator("#dip-documents").GetByText("laporan-keuangan-2025.pdf").WaitForAsync();
        if (screenshots is not null) await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath(screenshots + "-edit.png"), FullPage = true });

        await page.GotoAsync($"{baseUrl}/Dip/Details/{id}");
        await page.ClickAsync("#dip-publish");
        await page.Locator("#dip-withdraw").WaitForAsync(); // published: the page now offers to withdraw it
        return id;
    }

    [Fact]
    public async Task A_pembantu_officer_publishes_an_entry_with_its_document()
    {
        var page = await SignedInAsync("dinkes@ppid.demo");
        var id = await PublishEntryWithPdfAsync(page, browser.BaseUrl, screenshots: "80-dip");
        Assert.Equal("Terbit", (await page.Locator("#dip-status").InnerTextAsync()).Trim());
        Assert.Contains("laporan-keuangan-2025.pdf", await page.Locator("#dip-documents").InnerTextAsync());
        Assert.Contains("Diterbitkan", await page.Locator("#dip-history").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("80-dip-details.png"), FullPage = true });

        await page.GotoAsync(browser.BaseUrl + "/Dip");
        var row = page.Locator($"#dip-list tr[data-entry-id='{id}']");
        Assert.Contains("Terbit", await row.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("80-dip-list.png"), FullPage = true });

        // The same pages at 390 px, and a form with its messages.
        var phone = await SignedInAsync("dinkes@ppid.demo", 390);
        await phone.GotoAsync(browser.BaseUrl + "/Dip");
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("80-dip-list-390.png"), FullPage = true });
        await phone.GotoAsync($"{browser.BaseUrl}/Dip/Details/{id}");
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("80-dip-details-390.png"), FullPage = true });
        await phone.GotoAsync(browser.BaseUrl + "/Dip/Create");
        await phone.FillAsync("#Form_Url", "ftp://contoh");
        await phone.ClickAsync("#dip-save-publish");
        await phone.Locator(".error-summary, [role=alert]").First.WaitForAsync();
        Assert.Contains("Isi judul informasi.", await phone.ContentAsync());
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("80-dip-create-errors-390.png"), FullPage = true });
    }

    [Fact]
    public async Task What_an_officer_publishes_an_anonymous_visitor_finds_by_a_word_of_its_summary_and_downloads()
    {
        const string word = "vaksinasikalbar";
        var officer = await SignedInAsync("dinkes@ppid.demo");
        var id = await PublishEntryWithPdfAsync(officer, browser.BaseUrl, "Cakupan imunisasi dasar 2025", summary: $"Cakupan {word} per kabupaten dan kota tahun 2025.");

        var visitor = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await visitor.GotoAsync(browser.BaseUrl + "/");
        await visitor.FillAsync("#dip-q", word);
        await visitor.ClickAsync("#dip-search-submit");
        await visitor.WaitForSelectorAsync("#dip-total");
        Assert.Equal("1", await visitor.InnerTextAsync("#dip-total"));
        await visitor.ClickAsync("text=Cakupan imunisasi dasar 2025");
        await visitor.WaitForURLAsync($"**/Informasi/{id}");
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.ClickAsync("#entry-documents a[href^='/Informasi/Dokumen/']"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF-1.4 laporan keuangan"u8.ToArray(), bytes);
    }

    [GeneratedRegex("/Dip/Edit/(\\d+)")]
    private static partial Regex EditPage();
}
