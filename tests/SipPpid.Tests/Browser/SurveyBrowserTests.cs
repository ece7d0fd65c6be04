using Microsoft.Playwright;
using SipPpid.Tests.Survey;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The survey in Chromium: from a decided request's tracking page through the invitation to the thanks (the response
/// counts in the tallies), and the kiosk on a phone-sized screen, tapping the answer cards.
/// </summary>
public sealed class SurveyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task AnswerAllAsync(IPage page, params int[] answers)
    {
        for (var i = 0; i < 9; i++)
        {
            var id = $"#u{i + 1}-{answers[i % answers.Length]}";
            await page.ClickAsync($"label[for='{id[1..]}']");
            Assert.True(await page.IsCheckedAsync(id));
        }
    }

    [Fact]
    public async Task An_applicant_follows_the_invitation_from_the_tracking_page_and_the_response_counts()
    {
        var r = await browser.App.DecidedAsync("DINKES");
        var before = await browser.App.RespondentsTodayAsync(r.UnitId);
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.GotoAsync(browser.BaseUrl + SurveyArrange.TrackUrl(r));
        Assert.Contains("Isi Survei Kepuasan Masyarakat", await page.InnerTextAsync("#track-survey"));
        await page.ClickAsync("#track-survey-link");
        await page.WaitForSelectorAsync("#survey-form");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-request-1366.png"), FullPage = true });

        // Sent with an element missing: the summary takes focus and names it; nothing is stored.
        await AnswerAllAsync(page, 4, 3);
        await page.EvaluateAsync("document.getElementById('u5-4').checked = false; document.getElementById('u5-3').checked = false");
        await page.FillAsync("#comment", "Petugas ramah, mohon papan informasi diperbarui.");
        await page.ClickAsync("#survey-submit");
        await page.WaitForSelectorAsync("#error-summary");
        Assert.Contains("Produk spesifikasi jenis pelayanan: Pilih salah satu jawaban.", await page.InnerTextAsync("#error-summary"));
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("Petugas ramah, mohon papan informasi diperbarui.", await page.InputValueAsync("#comment"));
        Assert.True(await page.IsCheckedAsync("#u1-4"));
        Assert.Equal(before, await browser.App.RespondentsTodayAsync(r.UnitId));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-request-error-1366.png"), FullPage = true });

        await page.ClickAsync("label[for='u5-4']");
        await page.ClickAsync("#survey-submit");
        await page.WaitForSelectorAsync("#survey-thanks");
        Assert.Contains("Terima kasih, penilaian Anda sudah kami terima", await page.InnerTextAsync("#survey-thanks"));
        Assert.Equal(before + 1, await browser.App.RespondentsTodayAsync(r.UnitId));

        await page.GotoAsync(browser.BaseUrl + SurveyArrange.TrackUrl(r));
        Assert.Contains("Terima kasih, penilaian Anda sudah kami terima", await page.InnerTextAsync("#track-survey-done"));
        Assert.Equal(0, await page.Locator("#track-survey-link").CountAsync());

        // The same form on a phone.
        var other = await browser.App.DecidedAsync("DINKES");
        var phone = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await phone.GotoAsync(browser.BaseUrl + SurveyArrange.SurveyUrl(other));
        await phone.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-request-390.png"), FullPage = true });
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [Fact]
    public async Task A_walk_in_answers_at_the_kiosk_on_a_phone_sized_screen_and_the_next_one_gets_a_fresh_form()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(browser.BaseUrl + "/Survei/Kiosk/DPUPR");
        Assert.Contains("Dinas Pekerjaan Umum", await page.InnerTextAsync("#kiosk-unit"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        // Each answer card is a large tap target.
        var height = await page.EvaluateAsync<double>("document.querySelector(\"label[for='u1-1']\").getBoundingClientRect().height");
        Assert.True(height >= 48, $"answer card {height}px high");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-kiosk-390.png"), FullPage = true });

        var count = await browser.App.ResponsesAsync();
        await AnswerAllAsync(page, 3);
        await page.ClickAsync("#survey-submit");
        await page.WaitForSelectorAsync("#survey-thanks");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-kiosk-thanks-390.png"), FullPage = true });
        Assert.Equal(count + 1, await browser.App.ResponsesAsync());
        await page.ClickAsync("#kiosk-next");
        await page.WaitForSelectorAsync("#kiosk-form");
        Assert.False(await page.IsCheckedAsync("#u1-3"));

        var desktop = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        await desktop.GotoAsync(browser.BaseUrl + "/Survei/Kiosk/DPUPR");
        await desktop.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("survey-kiosk-1366.png"), FullPage = true });
    }
}
