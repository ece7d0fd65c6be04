using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>The demo started as <c>URLS=http://127.0.0.1:5081 ./run.sh</c> (run.sh passes <c>--urls</c>).</summary>
public sealed class OtherPortApp() : AppFactory(new Dictionary<string, string> { ["urls"] = "http://127.0.0.1:5081" });

/// <summary>
/// <c>Ppid:PublicBaseUrl</c> (e-mail links, the QR code of finalized reports) follows the address the server listens
/// on unless it is set; and the console is not flooded with a request log unless asked.
/// </summary>
public sealed class PublicAddressTests(OtherPortApp app) : IClassFixture<OtherPortApp>
{
    /// <summary>A content root without appsettings.json, as run.sh starts the app from the repository root.</summary>
    private static string EmptyFolder() => Directory.CreateTempSubdirectory("sipppid-root-").FullName;

    private static PpidOptions Options(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = EmptyFolder(), EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSipPpid();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<PpidOptions>>().Value;
    }

    [Fact]
    public async Task Mail_links_use_the_port_the_demo_listens_on()
    {
        Assert.Equal("http://127.0.0.1:5081", app.Services.GetRequiredService<IOptions<PpidOptions>>().Value.PublicBaseUrl);

        await app.SeedDemoAsync();
        var response = await app.Client().PostAsJsonAsync("/api/v1/requests", new
        {
            applicantType = "individual",
            applicantName = "Pemohon Port",
            applicantNik = "6171012304850003",
            applicantEmail = "port@example.org",
            applicantAddress = "Pontianak",
            informationRequested = "Daftar dokumen",
            purpose = "Uji",
            obtainMethod = "view",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await app.WithDbAsync(db => db.Outbox.Where(m => m.To == "port@example.org").Select(m => m.Body).FirstAsync());
        Assert.Contains("http://127.0.0.1:5081/Lacak?", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5081", "http://127.0.0.1:5081")]
    [InlineData("ASPNETCORE_URLS (host settings)", "http://localhost:5090/;http://127.0.0.1:5091", "http://localhost:5090")]
    [InlineData("an https address first of all", "http://127.0.0.1:5080;https://ppid.kalbarprov.go.id", "https://ppid.kalbarprov.go.id")]
    public void The_public_address_is_derived_from_the_listening_address(string why, string urls, string expected)
    {
        Assert.True(why.Length > 0);
        Assert.Equal(expected, Options(new Dictionary<string, string?> { ["urls"] = urls }).PublicBaseUrl);
    }

    [Fact]
    public void A_wildcard_address_becomes_this_machine_s_name_with_the_port()
    {
        var url = new Uri(Options(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:8080" }).PublicBaseUrl);
        Assert.Equal(8080, url.Port);
        Assert.Equal(Dns.GetHostName().ToLowerInvariant(), url.Host);
        Assert.Equal(url.Host, new Uri(Options(new Dictionary<string, string?> { ["urls"] = "http://+:8080" }).PublicBaseUrl).Host);
    }

    [Fact]
    public void A_public_address_that_is_set_wins_and_without_any_the_default_stays()
    {
        Assert.Equal("https://ppid.kalbarprov.go.id", Options(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5081",
            ["Ppid:PublicBaseUrl"] = "https://ppid.kalbarprov.go.id",
        }).PublicBaseUrl);
        Assert.Equal("http://127.0.0.1:5000", Options(new Dictionary<string, string?>()).PublicBaseUrl);
    }

    [Fact]
    public void Requests_are_not_logged_at_information_unless_asked()
    {
        static bool RequestLog(IReadOnlyDictionary<string, string?> settings)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = EmptyFolder(), EnvironmentName = "Production" });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.AddSipPpid();
            using var host = builder.Build();
            var logs = host.Services.GetRequiredService<ILoggerFactory>();
            return logs.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information)
                || logs.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information);
        }

        Assert.False(RequestLog(new Dictionary<string, string?>()));
        Assert.False(RequestLog(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" }));
        Assert.True(RequestLog(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" }));
        // The app's own information lines stay.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = EmptyFolder(), EnvironmentName = "Production" });
        builder.AddSipPpid();
        using var app = builder.Build();
        Assert.True(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SipPpid.Features.Notifications.OutboxJob").IsEnabled(LogLevel.Information));
    }
}
