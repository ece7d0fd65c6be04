using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// The app with a page and an API address that fail with an unhandled exception (as a bug or a lost database
/// would), behind the app's whole pipeline.
/// </summary>
public sealed class FailingApp() : AppFactory("sqlite")
{
    public const string ApiPath = "/api/v1/test-failure";
    public const string PagePath = "/test-failure";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, Failure>());
    }

    private sealed class Failure : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // After the app's own pipeline: reached when no endpoint answered, inside its error handling.
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == ApiPath || context.Request.Path == PagePath
                ? throw new InvalidOperationException("simulated failure with a secret detail")
                : rest(context));
        };
    }
}

/// <summary>The app on a real Kestrel server (request body limits are Kestrel's), with uploads limited to 1 KB.</summary>
public sealed class KestrelSmallUploadsApp : AppFactory
{
    public KestrelSmallUploadsApp() : base(new Dictionary<string, string> { ["Storage:MaxUploadBytes"] = "1024" }) =>
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
}

/// <summary>
/// Malformed requests a penetration test sent (issue 12 item 6): each is answered with a proper status, never a 500
/// or an invalid status line; under /api always with problem details.
/// </summary>
public sealed class MalformedRequestTests(SqliteApp app, FailingApp failing, KestrelSmallUploadsApp kestrel)
    : IClassFixture<SqliteApp>, IClassFixture<FailingApp>, IClassFixture<KestrelSmallUploadsApp>
{
    [Theory]
    [InlineData("%2F%09%2Fx", "/")]
    [InlineData("%2F%0D%0ASet-Cookie%3A%20x%3D1", "/")]
    [InlineData("%2F%7F", "/")]
    [InlineData("%2F%C3%A9", "/%C3%A9")]
    [InlineData("%2FLacak%3Fnomor%3D%C3%A9%20x", "/Lacak?nomor=%C3%A9%20x")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("%2FRequests%3Fpage%3D2", "/Requests?page=2")]
    public async Task The_language_switch_goes_back_only_to_a_clean_local_address(string returnUrl, string location)
    {
        var response = await app.Client().GetAsync("/bahasa/en?returnUrl=" + returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(999999)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(399)]
    [InlineData(430)]
    [InlineData(600)]
    public async Task An_error_page_for_a_code_that_is_not_an_error_is_not_found(int code)
    {
        var response = await app.Client().GetAsync($"/Error/{code}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task An_error_page_for_a_real_error_code_keeps_it(int code)
    {
        var response = await app.Client().GetAsync($"/Error/{code}");
        Assert.Equal(code, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_unhandled_error_under_the_api_answers_problem_details_without_its_detail()
    {
        var response = await failing.Client().GetAsync(FailingApp.ApiPath);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_error_on_a_page_still_shows_the_friendly_page()
    {
        var response = await failing.Client().GetAsync(FailingApp.PagePath);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Terjadi kesalahan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_json_body_over_the_limit_answers_413_problem_details()
    {
        await kestrel.SeedDemoAsync();
        using var client = kestrel.CreateClient();
        var json = "{\"applicantName\":\"" + new string('x', 1024 * 1024 + 64 * 1024) + "\"}";
        var response = await client.PostAsync("/api/v1/requests", new Chunked(Encoding.UTF8.GetBytes(json), "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_chunked_form_over_the_limit_answers_the_friendly_413_page()
    {
        await kestrel.SeedDemoAsync();
        using var client = kestrel.CreateClient();
        var fields = "Form.ApplicantName=" + new string('x', 1024 * 1024 + 64 * 1024);
        var response = await client.PostAsync(PublicForm.Path, new Chunked(Encoding.ASCII.GetBytes(fields), "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Kiriman terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A body sent with Transfer-Encoding: chunked (no Content-Length for the server to refuse up front).</summary>
    private sealed class Chunked : HttpContent
    {
        private readonly byte[] _bytes;

        public Chunked(byte[] bytes, string mediaType)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            try
            {
                for (var i = 0; i < _bytes.Length; i += 16 * 1024)
                    await stream.WriteAsync(_bytes.AsMemory(i, Math.Min(16 * 1024, _bytes.Length - i)));
            }
            catch (Exception e) when (e is IOException or SocketException or HttpRequestException)
            {
                // The server may answer 413 and close before the whole body is sent: the answer is what counts.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
