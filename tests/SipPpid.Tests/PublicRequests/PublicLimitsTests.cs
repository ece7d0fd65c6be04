using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.PublicRequests;

/// <summary>The app with a public submission limit of 3 per minute.</summary>
public sealed class ThrottledApp() : AppFactory(new Dictionary<string, string> { ["RateLimits:PublicSubmissionsPerMinute"] = "3" });

/// <summary>The app with uploads limited to 1 KB.</summary>
public sealed class SmallUploadsApp() : AppFactory(new Dictionary<string, string> { ["Storage:MaxUploadBytes"] = "1024" });

public sealed class PublicRateLimitTests(ThrottledApp app) : IClassFixture<ThrottledApp>
{
    [Fact]
    public async Task Over_the_limit_the_api_answers_429_problem_details_and_the_form_the_friendly_page()
    {
        await app.SeedDemoAsync();
        var client = app.Client();
        var form = await PublicForm.OpenAsync(client);   // GETs are not counted
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsync("/api/v1/requests", new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, allowed.StatusCode);
        }

        var api = await client.PostAsync("/api/v1/requests", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);

        var page = await PublicForm.PostAsync(client, form, PublicForm.Valid("Terlalu Sering"));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", await page.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Terlalu Sering")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PublicForm.Path)).StatusCode);
    }
}

public sealed class PublicUploadLimitTests(SmallUploadsApp app) : IClassFixture<SmallUploadsApp>
{
    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_with_a_message_and_nothing_is_registered()
    {
        await app.SeedDemoAsync();
        var client = app.Client();
        var png = new byte[4096];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), PublicForm.Valid("Besar Sekali"),
            new PublicForm.Upload("Form.IdentityCard", "ktp-besar.png", png));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ktp-besar.png lebih dari", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Besar Sekali")));
    }
}
