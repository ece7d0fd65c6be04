using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Features.Demo;

namespace SipPpid.Tests.Support;

/// <summary>The real app on a real database (SQLite or PostgreSQL), one per test class.</summary>
public abstract partial class AppFactory : WebApplicationFactory<Program>
{
    protected AppFactory(string provider) : this(TestDatabase.Create(provider)) { }

    /// <summary>The app on SQLite with some settings changed (the test's variant of the configuration).</summary>
    protected AppFactory(IReadOnlyDictionary<string, string> settings) : this(TestDatabase.Create("sqlite")) => _settings = settings;

    protected AppFactory(TestDatabase database) => Database = database;

    private readonly IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Ppid", Database.ConnectionString);
        // Tests run the mail jobs' logic themselves, from a scope, when they need it.
        builder.UseSetting("Mail:Enabled", "false");
        // Register imports queued without an upload here (another instance's, a crashed one's) are found quickly.
        builder.UseSetting("RegisterImport:PollSeconds", "0.2");
        // Every test client shares one address: keep the rate limits out of the way (see PublicLimitsTests, RateLimitTests).
        foreach (var limit in new[] { "PublicSubmissionsPerMinute", "SignInPerMinute", "PasswordResetsPerHour", "TrackingLookupsPerMinute", "PublicReadsPerMinute", "SurveyKioskPerMinute" })
            builder.UseSetting("RateLimits:" + limit, "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so tests see 302s).</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task SeedDemoAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        // Units and users only: tests arrange their own requests.
        await scope.ServiceProvider.GetRequiredService<SeedDemo>().RunAsync(withYear: false);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Signs in through the login form (with its antiforgery token).</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = DemoProvince.Password)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs the form page for its antiforgery token, then POSTs the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string action, Dictionary<string, string> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(formPage ?? action.Split('?')[0]);
        fields["__RequestVerificationToken"] = FormToken(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string FormToken(string page)
    {
        var token = Token().Match(page);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Database.Dispose();
    }
}

public sealed class SqliteApp() : AppFactory("sqlite");

public sealed class PostgresApp() : AppFactory("postgres");

/// <summary>A second app instance on the database of another (as two servers behind one load balancer).</summary>
public sealed class SecondInstance(TestDatabase shared) : AppFactory(new SharedDatabase(shared))
{
    private sealed class SharedDatabase(TestDatabase of) : TestDatabase
    {
        public override string Provider => of.Provider;
        public override string ConnectionString => of.ConnectionString;

        public override void Dispose()
        {
            // The first instance owns and drops the database.
        }
    }
}
