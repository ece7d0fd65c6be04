using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The DIK in Chromium, from a request to a refusal letter that cites its decree, and from the decree to the public
/// DIK list: a DINKES officer refuses a request, running the consequence test inside the decision form; the notice
/// cites the new Surat Penetapan Klasifikasi; the letter prints; an anonymous visitor finds the entry on the public
/// list.
/// </summary>
public sealed class DikBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
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
    public async Task A_refusal_runs_the_consequence_test_its_letter_cites_the_decree_and_the_public_list_shows_it()
    {
        var request = await browser.App.SubmitAsync(Support.Requests.Valid("DINKES", "Sri Wahyuni"));
        var today = browser.App.Services.GetRequiredService<BodyClock>().Today;
        const string Information = "Rekam medis pasien RSUD Soedarso yang diminta dalam permohonan";
        const string Number = "188.4/077/DINKES/2026";

        var dinkes = await SignedInAsync("dinkes@ppid.demo");
        await dinkes.GotoAsync($"{browser.BaseUrl}/Requests/Details/{request.Id}");
        await dinkes.ClickAsync("summary:has-text('Beri pemberitahuan tertulis')");
        await dinkes.CheckAsync("#d-rejected_exempt");
        await dinkes.FillAsync("#d-reasons", "Informasi yang diminta memuat rahasia pribadi pasien.");
        await DikBrowserSteps.FillConsequenceTestAsync(dinkes, today, Information, Number);
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-decide.png"), FullPage = true });
        await dinkes.ClickAsync("#decide-submit");
        await dinkes.WaitForSelectorAsync("#decision");
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-decided.png"), FullPage = true });

        // The refusal letter cites the decree the test just made.
        await dinkes.ClickAsync("#print-rejection");
        await dinkes.WaitForSelectorAsync("#letter-dik-decree");
        Assert.Contains(Number, await dinkes.InnerTextAsync("#letter-dik-decree"));
        Assert.Contains("Pasal 17 huruf h", await dinkes.Locator("#letter-dik").InnerTextAsync());
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-refusal-letter.png"), FullPage = true });

        // The decree itself prints, with its verification code.
        var entryId = await browser.App.WithDbAsync(db => Task.FromResult(db.DikEntries.Single(e => e.Information == Information).Id));
        await dinkes.GotoAsync($"{browser.BaseUrl}/Dik/Details/{entryId}");
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-details.png"), FullPage = true });
        var decreeId = await browser.App.WithDbAsync(db => Task.FromResult(db.DikDecrees.Single(d => d.EntryId == entryId).Id));
        await dinkes.GotoAsync($"{browser.BaseUrl}/Dik/Surat/{decreeId}");
        Assert.Contains(Number, await dinkes.Locator("main").InnerTextAsync());
        await dinkes.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-surat.png"), FullPage = true });

        // Anyone finds it on the public DIK list (the list, not the worksheet).
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync(browser.BaseUrl + "/Informasi/Dikecualikan");
        var table = await visitor.Locator("#dik-table").InnerTextAsync();
        Assert.Contains(Information, table);
        Assert.Contains(Number, table);
        Assert.DoesNotContain("riwayat kesehatan pasien yang dilindungi", table);
        await visitor.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("92-dik-public-390.png"), FullPage = true });
    }
}

/// <summary>Steps of the DIK journeys that other journeys share.</summary>
public static class DikBrowserSteps
{
    /// <summary>
    /// In an open decision form: chooses "run the consequence test now" and fills the worksheet and its decree, dated
    /// <paramref name="today"/> and ending in two years.
    /// </summary>
    public static async Task FillConsequenceTestAsync(IPage page, DateOnly today, string information, string decreeNumber)
    {
        ArgumentNullException.ThrowIfNull(page);
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.SelectOptionAsync("#d-dik", Features.Requests.DecisionInput.NewTest);
        await page.FillAsync("#dik-information", information);
        await page.SelectOptionAsync("#dik-basis", "17h");
        await page.FillAsync("#dik-reference", "UU 14/2008 Pasal 17 huruf h angka 2");
        await page.FillAsync("#dik-consequence", "Membuka data ini mengungkap riwayat kesehatan pasien yang dilindungi.");
        await page.FillAsync("#dik-interest", "Perlindungan rahasia pribadi pasien lebih besar daripada manfaat membukanya.");
        await page.FillAsync("#dik-end", Day(today.AddYears(2)));
        await page.FillAsync("#dik-team", "Tim Uji Konsekuensi PPID Dinas Kesehatan");
        await page.FillAsync("#dik-head", "dr. Hj. Erna Yulianti, M.Kes.");
        await page.FillAsync("#dik-agreed", Day(today));
        await page.FillAsync("#dik-number", decreeNumber);
        await page.FillAsync("#dik-date", Day(today));
        await page.FillAsync("#dik-place", "Pontianak");
        await page.FillAsync("#dik-signatory", "Drs. Ahmad Rizal, M.Si.");
        await page.FillAsync("#dik-nip", "197003151995031002");
    }
}
