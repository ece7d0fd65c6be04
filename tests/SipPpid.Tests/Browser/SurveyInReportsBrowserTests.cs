using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The satisfaction index where the service is reported (issue 16), seen in a browser at 1 366 and 390 px: the service
/// report's survey table (and its PDF, rendered to PNG), the public statistics of an ended month, and the
/// reconciliation dashboard's survey columns.
/// </summary>
public sealed class SurveyInReportsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Query = "dari=2026-01-01&sampai=2026-01-31";

    private async Task<IPage> PageAsync(int width, bool signIn = true)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        if (!signIn) return page;
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "utama@ppid.demo");
        await page.FillAsync("#Input_Password", Features.Demo.DemoProvince.Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        return page;
    }

    private async Task SeedAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.SurveyResponses.AnyAsync(s => s.Date == new DateOnly(2026, 1, 15))) return;
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var data = new Reports.ReportData(db, calendar);
        var random = new Random(16);
        foreach (var (code, n, low) in new[] { ("BAPPEDA", 12, 3), ("BPKAD", 6, 2), ("DINKES", 9, 1) })
        {
            var unit = await db.Units.SingleAsync(u => u.Code == code);
            for (var i = 0; i < 4; i++) data.Request(unit, "2026-01-05", notice: "2026-01-08", decision: Decision.GrantedFull);
            for (var i = 0; i < n; i++)
            {
                db.SurveyResponses.Add(new SurveyResponse
                {
                    UnitId = unit.Id,
                    Date = new DateOnly(2026, 1, 15),
                    SubmittedAtUtc = DateTime.UtcNow,
                    Source = SurveySource.Kiosk,
                    Answers = [.. Enumerable.Range(0, 9).Select(_ => (int?)random.Next(low, 5))],
                });
            }
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_index_shows_in_the_report_its_pdf_the_public_statistics_and_the_dashboard()
    {
        await SeedAsync();
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await PageAsync(width);
            await page.GotoAsync($"{browser.BaseUrl}/Reports/Service?{Query}");
            var table = page.Locator("#report-survey-table");
            Assert.Contains("Jumlah", await table.InnerTextAsync());
            await page.Locator("#report-survey").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"92-report-survey-{width}.png") });

            await page.GotoAsync($"{browser.BaseUrl}/Reports?periode=custom&{Query}");
            Assert.Equal("27", (await page.Locator("tr[data-unit=TOTAL] [data-figure=survey_respondents]").InnerTextAsync()).Trim());
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"92-dashboard-survey-{width}.png"), FullPage = width == 1366 });

            var open = await PageAsync(width, signIn: false);
            await open.GotoAsync($"{browser.BaseUrl}/Statistik?periode=2026-01");
            Assert.Equal("27", (await open.Locator("#survey-respondents").InnerTextAsync()).Trim());
            await open.Locator("#survey").ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"92-statistics-survey-{width}.png") });
            await open.GotoAsync($"{browser.BaseUrl}/Statistik?periode=2026");
            Assert.Equal(0, await open.Locator("#survey").CountAsync());
            await open.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"92-statistics-running-{width}.png") });
        }

        var pdfPage = await PageAsync(1366);
        var pdf = await pdfPage.Context.APIRequest.GetAsync($"{browser.BaseUrl}/Reports/Service?{Query}&format=pdf");
        Assert.Equal(200, pdf.Status);
        var file = BrowserFixture.ArtifactPath("92-report-survey.pdf");
        await File.WriteAllBytesAsync(file, await pdf.BodyAsync());
        using var p = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "70", file, BrowserFixture.ArtifactPath("92-report-survey-pdf")]) { UseShellExecute = false })!;
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
    }
}
