using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The SOP in the browser: the PPID Utama checks a dashboard number against the register, prints the annual report,
/// finalizes it and records where the hard copy is filed; a visitor follows the printed QR code and verifies the file.
/// </summary>
public sealed class ReportArchiveBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PPID_Utama_reconciles_prints_finalizes_and_files_the_report_and_the_QR_code_verifies_it()
    {
        var submitted = new List<string>();
        foreach (var name in new[] { "Siti Aminah", "Yusuf Hamdani", "Dewi Kartika" })
            submitted.Add((await browser.App.SubmitAsync(Support.Requests.Valid(name: name))).RegistrationNumber);

        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "utama@ppid.demo");
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");

        // SOP step 1: the live reconciliation; a number opens exactly the requests it counts.
        await page.ClickAsync("#nav-reconciliation");
        await page.WaitForSelectorAsync("#recon-table");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("40-dashboard.png"), FullPage = true });
        var received = page.Locator("tr.recon-total a[data-figure=received]");
        var clicked = int.Parse(await received.InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(clicked >= 3, $"the total says {clicked}");
        await received.ClickAsync();
        await page.WaitForSelectorAsync("#result-count");
        var listed = int.Parse((await page.InnerTextAsync("#result-count")).Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.Equal(clicked, listed);
        Assert.Equal(clicked, await page.Locator("#requests-table tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("41-dashboard-drilldown.png"), FullPage = true });

        // SOP step 2: the annual report, printed as PDF.
        await page.GoBackAsync();
        await page.ClickAsync("#print-report");
        await page.WaitForSelectorAsync("#report-title");
        Assert.Equal(clicked.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#report-received"));
        var printed = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-pdf"));
        var printedPath = BrowserFixture.ArtifactPath("42-report-live.pdf");
        await printed.SaveAsAsync(printedPath);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(printedPath));

        // SOP step 3, softcopy: finalize and archive.
        await page.ClickAsync("#finalize-report");
        await page.WaitForSelectorAsync("#finalize-submit");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("43-finalize.png"), FullPage = true });
        // This year's period has not ended (unless today is 31 December): finalizing it asks for a confirmation.
        if (await page.Locator("#confirm-provisional").CountAsync() > 0) await page.CheckAsync("#confirm-provisional");
        await page.ClickAsync("#finalize-submit");
        await page.WaitForSelectorAsync("#archive-code");
        var code = await page.InnerTextAsync("#archive-code");
        var sha = await page.InnerTextAsync("#archive-sha");
        Assert.Equal("Versi 1", await page.InnerTextAsync("#archive-version"));

        // SOP step 3, hardcopy: where the printed copy is filed.
        await page.FillAsync("#cabinet", "Lemari arsip 2");
        await page.FillAsync("#folder", "Laporan PPID " + DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#notes", "Dijilid bersama disposisi Sekda.");
        await page.ClickAsync("#filing-submit");
        await page.WaitForSelectorAsync("#filing-history");
        Assert.Contains("Lemari arsip 2", await page.InnerTextAsync("#filing-history"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("44-archive-details.png"), FullPage = true });

        // A request withdrawn after finalization: the archive keeps its figures and lists the correction.
        await WithdrawAsync(submitted[0]);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#corrections-table");
        Assert.Contains(submitted[0], await page.InnerTextAsync("#late-events"));
        Assert.Equal(sha, await page.InnerTextAsync("#archive-sha"));
        await page.Locator("#corrections").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("44b-archive-corrections.png"), FullPage = true });

        var archived = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#archive-pdf"));
        var archivedPath = BrowserFixture.ArtifactPath("45-report-final.pdf");
        await archived.SaveAsAsync(archivedPath);
        var bytes = await File.ReadAllBytesAsync(archivedPath);
        Assert.Equal(sha, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant());

        await page.GotoAsync(browser.BaseUrl + "/Reports/Archive");
        await page.WaitForSelectorAsync("#archive-table");
        Assert.Contains("Lemari arsip 2", await page.InnerTextAsync("#archive-table"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("46-archive-list.png"), FullPage = true });

        // A visitor scans the QR code on the paper and checks the file, without signing in.
        var target = await PdfQr.FirstPageAsync(bytes);
        Assert.Equal($"http://127.0.0.1:5000/Verifikasi/{code}", target);
        var visitor = await (await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } })).NewPageAsync();
        await visitor.GotoAsync(browser.BaseUrl + new Uri(target!).PathAndQuery);
        await visitor.WaitForSelectorAsync("#verify-record");
        Assert.Equal(sha, await visitor.InnerTextAsync("#verify-sha"));
        await visitor.SetInputFilesAsync("#document", archivedPath);
        await visitor.ClickAsync("#verify-submit");
        await visitor.WaitForSelectorAsync("#verify-match");
        Assert.Contains("asli dan tidak berubah", await visitor.InnerTextAsync("#verify-match"));
        await visitor.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("47-verify-match.png"), FullPage = true });

        await visitor.SetInputFilesAsync("#document", printedPath); // the live printout is not the archived document
        await visitor.ClickAsync("#verify-submit");
        await visitor.WaitForSelectorAsync("#verify-mismatch");
        await visitor.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("48-verify-mismatch.png"), FullPage = true });
    }

    private async Task WithdrawAsync(string number)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        var request = await db.Requests.SingleAsync(r => r.RegistrationNumber == number);
        var today = scope.ServiceProvider.GetRequiredService<Infrastructure.Time.BodyClock>().Today;
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Features.Requests.RequestProcessing>()
            .WithdrawAsync(request, today, "Pemohon mencabut permohonan", new Infrastructure.Auth.Actor(null, "Petugas Meja"), CancellationToken.None));
    }
}
