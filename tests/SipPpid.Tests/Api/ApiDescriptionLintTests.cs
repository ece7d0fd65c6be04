using System.Text.Json;
using System.Text.RegularExpressions;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Api;

/// <summary>
/// The OpenAPI document says who may call what and is usable by client generators (what Redocly's recommended
/// rules check; test.sh also runs the linter itself): every operation declares its security (anonymous, or a staff
/// API token or sign-in cookie), has a unique operationId, every tag is described, the document names its license,
/// and its server address has no trailing slash.
/// </summary>
public sealed partial class ApiDescriptionLintTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    private JsonDocument _doc = null!;

    public async Task InitializeAsync() => _doc = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));

    public Task DisposeAsync()
    {
        _doc.Dispose();
        return Task.CompletedTask;
    }

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        _doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (p.Name, o.Name, o.Value)));

    private static string[][] Security(JsonElement operation) =>
        operation.TryGetProperty("security", out var security)
            ? security.EnumerateArray().Select(r => r.EnumerateObject().Select(s => s.Name).ToArray()).ToArray()
            : throw new Xunit.Sdk.XunitException("no security declared");

    [Fact]
    public void Every_operation_declares_who_may_call_it()
    {
        var schemes = _doc.RootElement.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Equal([ApiDescription.BearerScheme, ApiDescription.CookieScheme], schemes.Order());
        foreach (var (path, method, operation) in Operations())
        {
            var security = Security(operation);
            Assert.True(security.Length > 0, $"{method} {path}");
            Assert.All(security.SelectMany(r => r), s => Assert.Contains(s, schemes));
        }

        // Staff only: an API token or the sign-in cookie; public: anonymous (an empty requirement).
        Assert.Equal([[ApiDescription.BearerScheme], [ApiDescription.CookieScheme]],
            Security(Operations().Single(o => o.Path == "/api/v1/reports/service").Operation));
        foreach (var open in new[] { "/api/v1/requests", "/api/v1/requests/status", "/api/v1/reports/service/public", "/api/v1/calendar/working-day" })
            Assert.Equal([[]], Security(Operations().First(o => o.Path == open).Operation));
    }

    [Fact]
    public void Every_operation_has_a_unique_operation_id_a_client_generator_can_use()
    {
        var ids = Operations().Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : $"(none on {o.Method} {o.Path})").ToList();
        Assert.All(ids, id => Assert.Matches(CamelCase(), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("submitRequest", Operations().Single(o => o.Path == "/api/v1/requests").Operation.GetProperty("operationId").GetString());
    }

    [Fact]
    public void Every_tag_is_described_and_the_document_has_a_license_and_a_clean_server_address()
    {
        var described = _doc.RootElement.GetProperty("tags").EnumerateArray()
            .Where(t => !string.IsNullOrWhiteSpace(t.TryGetProperty("description", out var d) ? d.GetString() : null))
            .Select(t => t.GetProperty("name").GetString()).ToHashSet();
        var used = Operations().SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString())).ToHashSet();
        Assert.Subset(described, used);
        Assert.False(string.IsNullOrWhiteSpace(_doc.RootElement.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.All(_doc.RootElement.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/'), s.ToString()));
    }

    [Fact]
    public async Task The_openapi_command_prints_the_same_document_with_the_public_address_as_server()
    {
        using var db = TestDatabase.Create("sqlite");
        var file = Path.Combine(Path.GetTempPath(), $"sipppid-openapi-{Guid.NewGuid():N}.json");
        var result = await Support.Cli.RunAsync(db, "openapi", "--out", file, "--Ppid:PublicBaseUrl=https://ppid.kalbarprov.go.id/");
        Assert.True(result.ExitCode == 0, result.Err);
        using var printed = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        File.Delete(file);
        Assert.Equal("https://ppid.kalbarprov.go.id", printed.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal(_doc.RootElement.GetProperty("paths").ToString(), printed.RootElement.GetProperty("paths").ToString());
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]+$")]
    private static partial Regex CamelCase();
}
