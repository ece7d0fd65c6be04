using Microsoft.Playwright;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

/// <summary>In Chromium: the error summary takes focus and its links lead to the fields; the decision form shows only the parts of the chosen decision.</summary>
public sealed class FormErrorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> PageAsync(int width, string? email = null)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        if (email is null) return page;
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        return page;
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement && document.activeElement.id");

    private static async Task<string[]> VisiblePartsAsync(IPage page)
    {
        var visible = new List<string>();
        foreach (var part in new[] { "part-dik", "part-other-body", "part-granted", "part-blacked-out" })
            if (await page.IsVisibleAsync("#" + part)) visible.Add(part);
        return [.. visible];
    }

    [Fact]
    public async Task The_decision_form_shows_the_parts_of_the_chosen_decision_and_its_errors_take_focus()
    {
        var request = await browser.App.SubmitAsync(Support.Requests.Valid(name: "Wati Bagian"));
        var page = await PageAsync(1366, "utama@ppid.demo");
        await page.GotoAsync($"{browser.BaseUrl}/Requests/Details/{request.Id}");
        await page.ClickAsync("summary:has-text('Beri pemberitahuan tertulis')");
        Assert.Empty(await VisiblePartsAsync(page));   // no decision chosen yet

        await page.CheckAsync("#d-granted_full");
        Assert.Equal(["part-granted"], await VisiblePartsAsync(page));
        await page.CheckAsync("#d-granted_partial");
        Assert.Equal(["part-dik", "part-granted", "part-blacked-out"], await VisiblePartsAsync(page));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("60-decide-granted-partial-1366.png"), FullPage = true });
        await page.CheckAsync("#d-rejected_exempt");
        Assert.Equal(["part-dik"], await VisiblePartsAsync(page));
        await page.CheckAsync("#d-held_by_other_body");
        Assert.Equal(["part-other-body"], await VisiblePartsAsync(page));
        await page.CheckAsync("#d-not_held");
        Assert.Empty(await VisiblePartsAsync(page));

        // Sent without a cited DIK entry: the summary has focus and the chosen decision's part shows again.
        await page.CheckAsync("#d-rejected_exempt");
        await page.FillAsync("#d-reasons", "Memuat data pribadi.");
        await page.ClickAsync("#decide-submit");
        await page.WaitForSelectorAsync("[data-error-summary]");
        Assert.Equal("error-summary", await FocusedIdAsync(page));
        Assert.Equal(["part-dik"], await VisiblePartsAsync(page));
        Assert.Equal("true", await page.GetAttributeAsync("#d-dik", "aria-invalid"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("61-decide-errors-1366.png"), FullPage = true });
        await page.ClickAsync("[data-error-summary] a[href='#d-dik']");
        Assert.Equal("d-dik", await FocusedIdAsync(page));

        var phone = await PageAsync(390, "utama@ppid.demo");
        await phone.GotoAsync($"{browser.BaseUrl}/Requests/Details/{request.Id}");
        await phone.ClickAsync("summary:has-text('Beri pemberitahuan tertulis')");
        await phone.CheckAsync("#d-granted_partial");
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("62-decide-granted-partial-390.png"), FullPage = true });
    }

    [Fact]
    public async Task The_public_form_sent_empty_focuses_the_summary_whose_links_focus_the_fields()
    {
        foreach (var width in new[] { 390, 1366 })
        {
            var page = await PageAsync(width);
            await page.GotoAsync(browser.BaseUrl + "/Permohonan/Ajukan");
            Assert.Equal(0, await page.Locator("[aria-invalid=true], .is-invalid, [data-error-summary]").CountAsync());
            await page.ClickAsync("#submit-request");
            await page.WaitForSelectorAsync("[data-error-summary]");
            Assert.Equal("error-summary", await FocusedIdAsync(page));
            await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath($"63-public-form-errors-{width}.png") });
            await page.ClickAsync("[data-error-summary] a[href='#Form_ApplicantName']");
            Assert.Equal("Form_ApplicantName", await FocusedIdAsync(page));
            Assert.Equal("true", await page.GetAttributeAsync("#Form_ApplicantName", "aria-invalid"));
        }
    }

    [Fact]
    public async Task A_wrong_tracking_code_shows_the_form_again_with_the_number_and_the_focused_message()
    {
        var request = await browser.App.SubmitAsync(Support.Requests.Valid(name: "Yanto Lacak"));
        var page = await PageAsync(390);
        await page.GotoAsync(browser.BaseUrl + "/Lacak");
        await page.FillAsync("#nomor", request.RegistrationNumber);
        await page.FillAsync("#kode", "SALAH00000");
        await page.ClickAsync("#track-submit");
        await page.WaitForSelectorAsync("[data-error-summary]");
        Assert.Equal("error-summary", await FocusedIdAsync(page));
        Assert.Equal(request.RegistrationNumber, await page.InputValueAsync("#nomor"));
        Assert.Contains("tidak cocok", await page.InnerTextAsync("#error-summary"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("64-track-mismatch-390.png"), FullPage = true });
    }
}
