using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>The app with the kiosk's limit at 3 responses a minute and test-chosen client addresses.</summary>
public sealed class KioskLimitApp() : AppFactory("sqlite")
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SurveyKioskPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, TestClientAddress>());
    }
}

/// <summary>A kiosk flood: above the limit the answer is the 429 page, in the visitor's language, and nothing more is stored.</summary>
public sealed class SurveyKioskLimitTests(KioskLimitApp app) : IClassFixture<KioskLimitApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_kiosk_flood_gets_429_and_nothing_more_is_stored()
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, "10.0.9.1");
        var token = AppFactory.FormToken(await client.GetStringAsync("/Survei/Kiosk/DINKES"));
        var before = await app.ResponsesAsync();
        HttpResponseMessage Post()
        {
            var form = SurveyArrange.Form(4);
            form["__RequestVerificationToken"] = token;
            return client.PostAsync("/Survei/Kiosk/DINKES", new FormUrlEncodedContent(form)).GetAwaiter().GetResult();
        }

        for (var i = 0; i < KioskLimitApp.Limit; i++) Assert.Equal(HttpStatusCode.Redirect, Post().StatusCode);
        var flooded = Post();
        Assert.Equal(HttpStatusCode.TooManyRequests, flooded.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", await flooded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + KioskLimitApp.Limit, await app.ResponsesAsync());

        // The form itself stays readable, and another tablet is not affected.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Survei/Kiosk/DINKES")).StatusCode);
        var other = app.Client();
        other.DefaultRequestHeaders.Add(TestClientAddress.Header, "10.0.9.2");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(other, "/Survei/Kiosk/DINKES", SurveyArrange.Form(4))).StatusCode);

        // In English, the same page in English.
        var english = app.Client();
        english.DefaultRequestHeaders.Add(TestClientAddress.Header, "10.0.9.1");
        await english.GetAsync("/bahasa/en?returnUrl=%2F");
        var englishFlood = await english.PostAsync("/Survei/Kiosk/DINKES", new FormUrlEncodedContent(SurveyArrange.Form(4)));
        Assert.Equal(HttpStatusCode.TooManyRequests, englishFlood.StatusCode);
        Assert.Contains("Too many requests", await englishFlood.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before + KioskLimitApp.Limit + 1, await app.ResponsesAsync());
    }
}
