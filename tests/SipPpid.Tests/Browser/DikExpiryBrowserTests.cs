using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Tests.Dik;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The DIK's expiry in Chromium: the dashboard panel of a PPID Pembantu, releasing an entry to the DIP through its form,
/// and the service report's DIK table (print view and PDF, the PDF's pages rendered to PNG), at 1280 and 390 px.
/// </summary>
public sealed class DikExpiryBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
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

    [Fact]
    public async Task A_pembantu_sees_expiring_entries_and_releases_one_to_the_dip()
    {
        var app = browser.App;
        var today = await app.TodayAsync();
        var id = await app.EntryAsync("DINKES", "Laporan investigasi kejadian luar biasa difteri 2025", today.AddDays(12), "17a");
        await app.EntryAsync("DINKES", "Data kasus HIV per kecamatan", today.AddDays(25));
        await app.EntryAsync("DINKES", "Dokumen pengadaan vaksin tahap II", today.AddDays(-4), "17b");

        var page = await SignedInAsync("dinkes@ppid.demo");
        var panel = page.Locator("#dik-expiry-panel");
        Assert.Contains("Laporan investigasi kejadian luar biasa difteri 2025", await panel.InnerTextAsync());
        Assert.Contains("Dokumen pengadaan vaksin tahap II", await page.Locator("#dik-expiry-expired").InnerTextAsync());
        await panel.ScrollIntoViewIfNeededAsync();
        await panel.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("90-dik-expiry-panel.png") });
        var phone = await SignedInAsync("dinkes@ppid.demo", 390);
        await phone.Locator("#dik-expiry-panel").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("90-dik-expiry-panel-390.png") });

        await page.GotoAsync($"{browser.BaseUrl}/Dip/DariDik/{id}");
        Assert.Equal("Laporan investigasi kejadian luar biasa difteri 2025", await page.InputValueAsync("#Form_Title"));
        await page.FillAsync("#Form_Retention", "5 tahun");
        await page.ClickAsync("#dik-release-submit");
        Assert.Contains("Tuliskan alasan informasi ini dibuka.", await page.Locator("#Reason").Locator("xpath=..").InnerTextAsync());
        Assert.Equal("5 tahun", await page.InputValueAsync("#Form_Retention"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("90-dik-release-form-error.png"), FullPage = true });
        await phone.GotoAsync($"{browser.BaseUrl}/Dip/DariDik/{id}");
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("90-dik-release-form-390.png"), FullPage = true });

        await page.FillAsync("#Reason", "Wabah telah dinyatakan berakhir; laporan dapat dibuka untuk umum.");
        await page.ClickAsync("#dik-release-submit");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Dip/Details/\\d+$"));
        Assert.Equal("Terbit", (await page.Locator("#dip-status").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("90-dik-released-dip.png"), FullPage = true });
        Assert.Equal(DikStatus.Released, await app.WithDbAsync(db => db.DikEntries.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
        await page.GotoAsync(browser.BaseUrl + "/Dasbor");
        Assert.DoesNotContain("difteri", await page.Locator("#dik-expiry-panel").InnerTextAsync());
    }

    [Fact]
    public async Task The_service_report_shows_the_dik_table_in_print_and_pdf()
    {
        var app = browser.App;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
            var data = new Reports.ReportData(db, calendar);
            foreach (var (code, n17h, n17b) in new[] { ("BAPPEDA", 3, 1), ("BPKAD", 1, 0) })
            {
                var a = await DikExpiryData.EntryAsync(db, code, "Kajian strategis " + code, null, "17h");
                var b = await DikExpiryData.EntryAsync(db, code, "Dokumen tender " + code, new DateOnly(2026, 6, 30), "17b");
                var unit = await db.Units.SingleAsync(u => u.Code == code);
                for (var i = 0; i < n17h; i++) data.Request(unit, "2026-01-05", notice: "2026-01-08", decision: Decision.RejectedExempt, basis: "17h").DikEntryId = a;
                for (var i = 0; i < n17b; i++) data.Request(unit, "2026-01-06", notice: "2026-01-09", decision: Decision.RejectedExempt, basis: "17b").DikEntryId = b;
                data.Request(unit, "2026-01-05", notice: "2026-01-08", decision: Decision.RejectedExempt, basis: "17h");
            }

            await db.SaveChangesAsync();
        }

        const string query = "dari=2026-01-01&sampai=2026-01-31";
        var page = await SignedInAsync("utama@ppid.demo");
        await page.GotoAsync($"{browser.BaseUrl}/Reports/Service?{query}");
        var table = page.Locator("#report-dik-table");
        Assert.Contains("Badan Perencanaan Pembangunan Daerah", await table.InnerTextAsync());
        await table.ScrollIntoViewIfNeededAsync();
        await table.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("91-report-dik-table.png") });
        var phone = await SignedInAsync("utama@ppid.demo", 390);
        await phone.GotoAsync($"{browser.BaseUrl}/Reports/Service?{query}");
        await phone.Locator("#report-dik").ScrollIntoViewIfNeededAsync();
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("91-report-dik-table-390.png") });

        var pdf = await page.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Reports/Service?{query}&format=pdf");
        Assert.Equal(200, pdf.Status);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var file = BrowserFixture.ArtifactPath("91-report-dik.pdf");
        await File.WriteAllBytesAsync(file, bytes);
        var psi = new ProcessStartInfo("pdftoppm", ["-png", "-r", "70", file, BrowserFixture.ArtifactPath("91-report-dik-pdf")]) { UseShellExecute = false };
        using var p = Process.Start(psi)!;
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
    }
}
