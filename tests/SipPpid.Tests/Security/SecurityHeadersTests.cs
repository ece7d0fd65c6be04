using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using SipPpid.Infrastructure.Security;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>The security headers and cookie flags of the app's answers.</summary>
public sealed class SecurityHeadersTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] ReferrerPolicies = ["strict-origin-when-cross-origin", "no-referrer"];

    private HttpClient Https() => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    private static void AssertHardened(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.True(directives.TryGetValue("script-src", out var script), $"{what}: no script-src in '{csp}'");
        Assert.Equal("script-src 'self'", script);
        Assert.DoesNotContain("unsafe", directives["style-src"], StringComparison.Ordinal);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("base-uri 'self'", directives["base-uri"]);
        Assert.Equal("form-action 'self'", directives["form-action"]);
        Assert.Equal("img-src 'self' data:", directives["img-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains(Header(response, "Referrer-Policy"), ReferrerPolicies);
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
    }

    [Fact]
    public async Task A_page_an_api_answer_a_print_page_and_its_pdf_carry_the_security_headers()
    {
        var client = app.Client();
        AssertHardened(await client.GetAsync("/"), "home page");
        AssertHardened(await client.GetAsync("/api/v1/calendar/working-day?date=2026-01-05"), "API");
        AssertHardened(await client.GetAsync("/tidak-ada"), "404 page");

        var r = await app.SubmitAsync();
        var receipt = $"/Permohonan/Tanda-Terima?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";
        var print = await client.GetAsync(receipt);
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        AssertHardened(print, "print page");
        Assert.DoesNotContain("<script>", await print.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var pdf = await client.GetAsync(receipt + "&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        AssertHardened(pdf, "PDF");
        // The letterhead is still printed: the policy does not reach Chromium's rendering of the saved HTML.
        var text = await PublicRequests.PublicForm.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("TANDA BUKTI PENERIMAAN", text.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains(r.RegistrationNumber, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_whose_address_carries_a_tracking_code_send_no_referrer_even_when_the_code_is_wrong()
    {
        var client = app.Client();
        var r = await app.SubmitAsync();
        var track = await client.GetAsync($"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}");
        Assert.Equal(HttpStatusCode.OK, track.StatusCode);
        Assert.Equal("no-referrer", Header(track, "Referrer-Policy"));
        var wrong = await client.GetAsync($"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode=SALAH12345");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("no-referrer", Header(wrong, "Referrer-Policy"));
        Assert.Equal("no-referrer", Header(await client.GetAsync("/Account/ResetPassword?user=x&token=y"), "Referrer-Policy"));
        Assert.Equal("strict-origin-when-cross-origin", Header(await client.GetAsync("/"), "Referrer-Policy"));
    }

    [Fact]
    public async Task Hsts_goes_out_on_https_answers_only()
    {
        var https = await Https().GetAsync("/");
        Assert.Equal("max-age=31536000; includeSubDomains", Header(https, "Strict-Transport-Security"));
        AssertHardened(https, "https page");
        Assert.Equal("", Header(await app.Client().GetAsync("/"), "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Session_antiforgery_and_language_cookies_are_http_only_same_site_and_secure_over_https()
    {
        var client = Https();
        var login = await client.GetAsync("/Account/Login");
        var antiforgery = Cookie(login, "sipppid.af");
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.Ordinal);

        var signIn = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "utama@ppid.demo", ["Input.Password"] = Features.Demo.DemoProvince.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Cookie(signIn, "sipppid.auth");
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", session, StringComparison.Ordinal);
        Assert.Contains("secure", session, StringComparison.Ordinal);

        var culture = Cookie(await client.GetAsync("/bahasa/en?returnUrl=%2F"), ".AspNetCore.Culture");
        Assert.Contains("httponly", culture, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", culture, StringComparison.Ordinal);
        Assert.Contains("secure", culture, StringComparison.Ordinal);

        // Over plain HTTP outside Production (SameAsRequest) the cookies work without the Secure flag.
        Assert.DoesNotContain("secure", Cookie(await app.Client().GetAsync("/Account/Login"), "sipppid.af"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cookies_are_secure_on_https_requests_unless_configured_otherwise()
    {
        // In every environment: Secure on HTTPS (behind nginx, as the trusted proxy forwards it); Production over plain
        // http on 127.0.0.1 works too (ProductionHttpTests). Always is accepted only with HTTPS on every request.
        Assert.Equal(CookieSecurePolicy.SameAsRequest, SessionCookies.SecurePolicy(new SecurityOptions()));
        Assert.Equal(CookieSecurePolicy.Always, SessionCookies.SecurePolicy(new SecurityOptions { CookieSecure = CookieSecurePolicy.Always }));
    }

    private static string Cookie(HttpResponseMessage response, string name)
    {
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;
        Assert.True(cookie is not null, $"no {name} cookie set");
        return cookie!.ToLowerInvariant();
    }
}
