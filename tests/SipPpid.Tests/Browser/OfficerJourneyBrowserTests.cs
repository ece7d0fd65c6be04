using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

public sealed class OfficerJourneyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignInAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        return page;
    }

    [Fact]
    public async Task PPID_Utama_routes_and_the_pembantu_decides_in_the_browser()
    {
        var request = await browser.App.SubmitAsync(Support.Requests.Valid(name: "Rahmat Hidayat"));

        var utama = await SignInAsync("utama@ppid.demo");
        await utama.ClickAsync("nav >> text=Permohonan");
        await utama.WaitForSelectorAsync("#requests-table");
        await utama.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("20-register.png"), FullPage = true });
        await utama.ClickAsync($"text={request.RegistrationNumber}");
        await utama.WaitForSelectorAsync("#request-number");
        await utama.ClickAsync("summary:has-text('Disposisi ke unit lain')");
        await utama.SelectOptionAsync("#route-unit", "DINKES");
        await utama.FillAsync("#route-note", "Mohon disiapkan datanya.");
        await utama.ClickAsync("button:has-text('Disposisikan')");
        await utama.WaitForSelectorAsync("#timeline li[data-kind=Routed]");
        await utama.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("21-request-routed.png"), FullPage = true });

        var dinkes = await SignInAsync("dinkes@ppid.demo");
        await dinkes.GotoAsync($"{browser.BaseUrl}/Requests/Details/{request.Id}");
        await dinkes.ClickAsync("summary:has-text('Beri pemberitahuan tertulis')");
        await dinkes.CheckAsync("#d-granted_partial");
        await dinkes.FillAsync("#d-reasons", "Sebagian data memuat data pribadi penerima.");
        await dinkes.FillAsync("#d-blacked", "NIK dan alamat penerima dihitamkan (Pasal 17 huruf h).");
        await dinkes.FillAsync("#d-material", "Daftar penerima bantuan sosial 2025");
        await dinkes.FillAsync("#d-time", "3 (tiga) hari kerja");
        // A partial grant cites a DIK entry: DINKES has none yet, so the officer runs the consequence test here.
        await DikBrowserSteps.FillConsequenceTestAsync(dinkes, browser.App.Services.GetRequiredService<Infrastructure.Time.BodyClock>().Today,
            "NIK dan alamat penerima bantuan sosial", "188.4/021/DINKES/2026");
        await dinkes.CheckAsync("#dik-scope-partial");
        await dinkes.FillAsync("#dik-withheld", "NIK dan alamat penerima");
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("22-decide-form.png"), FullPage = true });
        await dinkes.ClickAsync("#decide-submit");
        await dinkes.WaitForSelectorAsync("#decision");
        Assert.Equal("Dikabulkan sebagian", await dinkes.InnerTextAsync("#decision"));
        Assert.Equal("Sudah diputuskan", await dinkes.InnerTextAsync("#request-status"));
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("23-request-decided.png"), FullPage = true });
    }
}
