using System.Text;
using Microsoft.Playwright;
using static SipPpid.Tests.Survey.SurveyFiles;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The survey upload page in Chromium, on a desktop and a phone: a DINKES officer uploads a file with bad rows and
/// reads every problem by line and column (nothing is stored), then the corrected file imports.
/// </summary>
public sealed class SurveyImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInAsync(string email, int width)
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

    private static Task UploadAsync(IPage page, string csv, string name) =>
        page.SetInputFilesAsync("#upload", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task Bad_rows_are_listed_by_line_and_column_and_the_corrected_file_imports(int width)
    {
        var page = await SignedInAsync("dinkes@ppid.demo", width);
        await page.GotoAsync(browser.BaseUrl + "/Import/Survei");
        await UploadAsync(page, Csv(
            Row("DINKES", comment: $"Layar {width}"),
            Row("SETDA"),
            Row("DINKES", "2026-02-30"),
            Row("DINKES", answers: "4,4,5,4,4,4,4,4,x"),
            Row("DINKES", gender: "x", age: "7", occupation: "petani"),
            Row("DINKES", number: "999/TIDAK/ADA")), $"survei-{width}.csv");
        await page.ClickAsync("#survey-import-form button[type=submit]");
        await page.WaitForSelectorAsync("#import-errors");
        var errors = await page.InnerTextAsync("#import-errors");
        Assert.Contains("baris 3: unit_code: unit SETDA di luar lingkup Anda", errors, StringComparison.Ordinal);
        Assert.Contains("baris 5: u3: Jawaban harus 1, 2, 3, atau 4.", errors, StringComparison.Ordinal);
        Assert.Contains("baris 7: registration_number: permohonan 999/TIDAK/ADA tidak ada", errors, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"95-survey-import-errors-{width}.png"), FullPage = true });

        await UploadAsync(page, Csv(Row("DINKES", comment: $"Layar {width}")), $"survei-{width}-benar.csv");
        await page.ClickAsync("#survey-import-form button[type=submit]");
        await page.WaitForSelectorAsync("#import-done");
        Assert.Contains("1 responden", await page.InnerTextAsync("#import-done"), StringComparison.Ordinal);
    }
}
