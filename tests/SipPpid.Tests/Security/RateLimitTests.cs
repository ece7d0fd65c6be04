using System.Net;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// The rate limits of sign-in, password reset and look-ups by tracking code, at 3 per window: per client address,
/// and for sign-in and reset also per account name, however many addresses the attempts come from.
/// </summary>
public sealed class RateLimitTests(ThrottledSecurityApp app) : IClassFixture<ThrottledSecurityApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient From(string address)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_client_address_and_the_page_says_so_in_indonesian()
    {
        var client = From("10.0.0.1");
        for (var i = 0; i < ThrottledSecurityApp.Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, $"tamu{i}@contoh.id", "Salah-Sandi-1")).StatusCode);
        await AssertTooManyAsync(await SignInAsync(client, "utama@ppid.demo", Features.Demo.DemoProvince.Password));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);   // reading the form is free
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(From("10.0.0.2"), "utama@ppid.demo", Features.Demo.DemoProvince.Password)).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_whatever_the_address()
    {
        await app.AccountAsync("batas-masuk@matrix.test", Roles.PpidUtama);
        for (var i = 0; i < ThrottledSecurityApp.Limit; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(From($"10.0.1.{i + 1}"), "batas-masuk@matrix.test", "Salah-Sandi-1")).StatusCode);
        // Even the right password from a fresh address is not tried.
        await AssertTooManyAsync(await SignInAsync(From("10.0.1.9"), "BATAS-MASUK@matrix.test", TestAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(From("10.0.1.10"), "dinkes@ppid.demo", Features.Demo.DemoProvince.Password)).StatusCode);
    }

    [Fact]
    public async Task The_open_statistics_and_their_downloads_are_limited_per_client_address()
    {
        var client = From("10.0.3.1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Statistik?periode=2025")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Statistik?periode=2025&handler=Download&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Statistik?periode=2025&handler=Download&format=json")).StatusCode);
        await AssertTooManyAsync(await client.GetAsync("/Statistik?periode=2024"));
        Assert.Equal(HttpStatusCode.OK, (await From("10.0.3.2").GetAsync("/Statistik")).StatusCode);
    }

    [Fact]
    public async Task Look_ups_by_tracking_code_share_one_limit_per_address_across_pages_and_the_api()
    {
        var r = await app.SubmitAsync();
        var number = Uri.EscapeDataString(r.RegistrationNumber);
        var client = From("10.0.2.1");
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Lacak")).StatusCode);   // the empty form is free
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Lacak?nomor={number}&kode=TEBAK00001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Permohonan/Tanda-Terima?nomor={number}&kode=TEBAK00002")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/requests/status?number={number}&code=TEBAK00003")).StatusCode);
        // The right code is refused too: guessing must not tell which guess was right.
        await AssertTooManyAsync(await client.GetAsync($"/Lacak?nomor={number}&kode={r.TrackingCode}"));
        var api = await client.GetAsync($"/api/v1/requests/status?number={number}&code={r.TrackingCode}");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync($"/Keberatan/Ajukan?nomor={number}&kode={r.TrackingCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await From("10.0.2.2").GetAsync($"/Lacak?nomor={number}&kode={r.TrackingCode}")).StatusCode);
    }

    [Fact]
    public async Task Password_reset_requests_are_limited_per_email_address_whatever_the_client_address()
    {
        for (var i = 0; i < ThrottledSecurityApp.Limit; i++)
        {
            var sent = await AppFactory.PostFormAsync(From($"10.0.3.{i + 1}"), "/Account/ForgotPassword", new() { ["Input.Email"] = "pupr@ppid.demo" });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        await AssertTooManyAsync(await AppFactory.PostFormAsync(From("10.0.3.9"), "/Account/ForgotPassword", new() { ["Input.Email"] = "pupr@ppid.demo" }));
        var other = await AppFactory.PostFormAsync(From("10.0.3.10"), "/Account/ForgotPassword", new() { ["Input.Email"] = "dinkes@ppid.demo" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
