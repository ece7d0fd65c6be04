using Microsoft.Playwright;

namespace SipPpid.Tests.Browser;

public sealed class PublicRequestJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_applicant_submits_the_public_form_sees_the_receipt_and_downloads_its_pdf()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.ClickAsync("#home-submit");
        await page.WaitForSelectorAsync("#public-request-form");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("10-public-form.png"), FullPage = true });

        await page.CheckAsync("#type-individual");
        await page.FillAsync("#Form_ApplicantName", "Rina Wulandari");
        await page.FillAsync("#Form_ApplicantNik", "6171015507900002");
        await page.FillAsync("#Form_ApplicantOccupation", "Peneliti");
        await page.FillAsync("#Form_ApplicantEmail", "rina@example.org");
        await page.FillAsync("#Form_ApplicantPhone", "0812 5555 1234");
        await page.FillAsync("#Form_ApplicantAddress", "Jl. Imam Bonjol No. 21, Pontianak");
        await page.SelectOptionAsync("#Form_UnitCode", "DINKES");
        await page.FillAsync("#Form_InformationRequested", "Data cakupan imunisasi dasar lengkap per kabupaten/kota tahun 2025");
        await page.FillAsync("#Form_Purpose", "Penelitian kesehatan masyarakat");
        await page.CheckAsync("#obtain-copy");
        await page.SelectOptionAsync("#Form_CopyFormat", "softcopy");
        await page.SelectOptionAsync("#Form_DeliveryMethod", "email");
        await page.SetInputFilesAsync("#Form_IdentityCard", new FilePayload
        {
            Name = "ktp-rina.png",
            MimeType = "image/png",
            Buffer = [.. PublicRequests.PublicForm.Ktp.Content],
        });
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("11-public-form-filled.png"), FullPage = true });

        await page.ClickAsync("#submit-request");
        await page.WaitForSelectorAsync("#receipt-number");
        var number = await page.InnerTextAsync("#receipt-number");
        Assert.Matches(@"^\d{4}/PPID-DINKES/[IVX]+/\d{4}$", number);
        Assert.Contains("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", await page.InnerTextAsync("main"));
        Assert.True(await page.IsVisibleAsync("button[data-print]"));
        var shot = BrowserFixture.ArtifactPath("12-public-receipt.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#receipt-pdf"));
        var pdfPath = BrowserFixture.ArtifactPath("12-public-receipt.pdf");
        await download.SaveAsAsync(pdfPath);
        Assert.StartsWith("tanda-terima-", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(pdfPath);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Contains(number, await PublicRequests.PublicForm.PdfTextAsync(bytes));
    }
}
