using SipPpid.Tests.Objections;

namespace SipPpid.Tests.Browser;

public sealed class ObjectionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Applicant_objects_online_and_the_Atasan_rejects_it_with_a_printable_answer()
    {
        var request = await browser.App.RejectedAsync(name: "Yohana Lestari");
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var applicant = await context.NewPageAsync();
        await applicant.GotoAsync($"{browser.BaseUrl}/Lacak?nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}");
        await applicant.ClickAsync("#file-objection");
        await applicant.WaitForSelectorAsync("#objection-form");
        await applicant.CheckAsync("#ground-a");
        await applicant.FillAsync("#case", "Data penerima bantuan sosial adalah informasi publik; penolakan tidak beralasan.");
        await applicant.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("30-objection-form.png"), FullPage = true });
        await applicant.ClickAsync("#objection-submit");
        await applicant.WaitForSelectorAsync("#receipt-number");
        var number = await applicant.InnerTextAsync("#receipt-number");
        Assert.Contains("/KEB-PROV/", number);
        await applicant.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("31-objection-receipt.png"), FullPage = true });

        var staff = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var atasan = await staff.NewPageAsync();
        await atasan.GotoAsync(browser.BaseUrl + "/Account/Login");
        await atasan.FillAsync("#Input_Email", "atasan@ppid.demo");
        await atasan.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await atasan.ClickAsync("#login-submit");
        await atasan.WaitForSelectorAsync("#staff-welcome");
        await atasan.ClickAsync("#nav-objections");
        await atasan.ClickAsync("#inbox-open");
        await atasan.WaitForSelectorAsync("#objections-table");
        await atasan.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("32-objection-inbox.png"), FullPage = true });
        await atasan.ClickAsync($"text={number}");
        await atasan.WaitForSelectorAsync("#decide-form");
        await atasan.CheckAsync("#od-rejected");
        await atasan.FillAsync("#od-reasons", "Informasi memuat data pribadi penerima (Pasal 17 huruf h); keputusan PPID tetap berlaku.");
        await atasan.FillAsync("#od-position", "Sekretaris Daerah");
        await atasan.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("33-objection-decide.png"), FullPage = true });
        await atasan.ClickAsync("#decide-submit");
        await atasan.WaitForSelectorAsync("#objection-decision");
        Assert.Equal("Keberatan ditolak", await atasan.InnerTextAsync("#objection-decision"));
        await atasan.ClickAsync("#print-answer");
        await atasan.WaitForSelectorAsync("#letter-title");
        Assert.Contains("☒ Keberatan ditolak", await atasan.InnerTextAsync("#letter-decision"));
        await atasan.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("34-objection-answer-letter.png"), FullPage = true });
    }
}
