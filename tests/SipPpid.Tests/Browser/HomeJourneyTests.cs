namespace SipPpid.Tests.Browser;

public sealed class HomeJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_demo_PPID_Utama_signs_in_and_sees_the_staff_home()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(browser.BaseUrl + "/");
        Assert.Equal("Layanan Informasi Publik", await page.InnerTextAsync("#hero-title"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("01-public-home.png"), FullPage = true });

        await page.ClickAsync("nav a[href='/Account/Login']");
        await page.FillAsync("#Input_Email", "utama@ppid.demo");
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        Assert.Equal("Selamat datang, Drs. Ahmad Rizal, M.Si.", await page.InnerTextAsync("#staff-welcome"));
        Assert.Contains("Petugas PPID Utama", await page.InnerTextAsync("main"));
        var shot = BrowserFixture.ArtifactPath("02-staff-home-ppid-utama.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);

        await page.ClickAsync("nav >> text=Pengaturan");
        await page.ClickAsync("main >> text=Unit PPID");
        await page.WaitForSelectorAsync("#units-table");
        Assert.Equal(45, await page.Locator("#units-table tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("03-units.png"), FullPage = true });
    }

    [Fact]
    public async Task The_calendar_page_computes_a_deadline_in_english_too()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "admin@ppid.demo");
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#staff-welcome");
        await page.GotoAsync(browser.BaseUrl + "/Calendar?year=2026&from=2026-01-05&days=10");
        Assert.Contains("20 Januari 2026", await page.InnerTextAsync("#calc-result"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("04-calendar-2026.png"), FullPage = true });
        await page.ClickAsync("a[lang=en]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        Assert.Contains("20 January 2026", await page.InnerTextAsync("#calc-result"));
    }
}
