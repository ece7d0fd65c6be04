using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Browser;

/// <summary>
/// The app on a real port with the demo province, and Debian's Chromium driven by Playwright
/// (no browser download: the executable comes from CHROMIUM_PATH or /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SqliteApp _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app behind the browser, for arranging data through its services.</summary>
    public SqliteApp App => _app;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Screenshots are kept as test artifacts under TestResults/screenshots.</summary>
    public static string ArtifactPath(string name)
    {
        var dir = Environment.GetEnvironmentVariable("SIPPPID_ARTIFACTS")
                  ?? Path.Combine(Shell.TranslationTests.RepoRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        await _app.SeedDemoAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
