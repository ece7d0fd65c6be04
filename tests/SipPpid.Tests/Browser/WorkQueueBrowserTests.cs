using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

public sealed class WorkQueueBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_signs_in_lands_on_the_work_queue_and_follows_a_count_to_the_register()
    {
        var today = browser.App.Services.GetRequiredService<BodyClock>().Today;
        var late = await browser.App.EnterAtDeskAsync(today.AddDays(-30), unit: "DINKES", name: "Pemohon Lewat Tenggat");

        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/Account/Login");
        await page.FillAsync("#Input_Email", "dinkes@ppid.demo");
        await page.FillAsync("#Input_Password", "Demo-Kalbar-2026");
        await page.ClickAsync("#login-submit");
        await page.WaitForSelectorAsync("#wq-requests-overdue");
        Assert.EndsWith("/Dasbor", page.Url, StringComparison.Ordinal);
        Assert.Equal("Dasbor", await page.InnerTextAsync("#nav-dashboard"));
        Assert.Contains(late.RegistrationNumber, await page.InnerTextAsync("#wq-request-items"), StringComparison.Ordinal);
        var count = int.Parse(await page.GetAttributeAsync("#wq-requests-overdue .wq-count", "data-count") ?? "", CultureInfo.InvariantCulture);
        Assert.True(count >= 1);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("05-work-queue-pembantu.png"), FullPage = true });

        await page.ClickAsync("#wq-requests-overdue");
        await page.WaitForSelectorAsync("#requests-table");
        Assert.StartsWith(count.ToString(CultureInfo.InvariantCulture) + " ", await page.InnerTextAsync("#result-count"), StringComparison.Ordinal);
        Assert.Equal("overdue", await page.InputValueAsync("#f-state"));
        Assert.Contains(late.RegistrationNumber, await page.InnerTextAsync("#requests-table"), StringComparison.Ordinal);

        // On a phone the queue is one column and nothing scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(browser.BaseUrl + "/Dasbor");
        await page.WaitForSelectorAsync("#wq-requests-overdue");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("06-work-queue-phone.png"), FullPage = true });
        await context.CloseAsync();
    }
}
