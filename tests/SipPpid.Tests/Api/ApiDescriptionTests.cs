using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Features.Requests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json describes every /api endpoint the app maps (a new endpoint without a
/// description fails here), in the field names the API promises (IntakeContract); and the interactive page at /api/docs loads
/// nothing but local files.
/// </summary>
public sealed partial class ApiDescriptionTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    private JsonDocument _doc = null!;

    public async Task InitializeAsync()
    {
        await app.SeedDemoAsync();
        _doc = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));
    }

    public Task DisposeAsync()
    {
        _doc.Dispose();
        return Task.CompletedTask;
    }

    private JsonElement Paths => _doc.RootElement.GetProperty("paths");

    private JsonElement Operation(string path, string method) => Paths.GetProperty(path).GetProperty(method);

    private JsonElement Schema(string name) => _doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static string[] Properties(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>The schema a response's (or body's) JSON content refers to.</summary>
    private JsonElement Referenced(JsonElement content)
    {
        var reference = content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        return Schema(reference.Split('/')[^1]);
    }

    [Fact]
    public void Every_api_endpoint_the_app_maps_is_documented()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            // The interactive page itself is not part of the API it documents.
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/api/docs", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order().ToList();
        var documented = Paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Order().ToList();
        Assert.True(mapped.Count >= 7, string.Join(", ", mapped));
        Assert.Equal(mapped, documented);
        foreach (var path in Paths.EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
                Assert.False(string.IsNullOrWhiteSpace(op.Value.GetProperty("summary").GetString()), $"{op.Name} {path.Name} has a summary");
    }

    [Fact]
    public async Task The_intake_answer_has_exactly_the_documented_fields_of_the_contract()
    {
        var submit = Operation("/api/v1/requests", "post");
        var created = Referenced(submit.GetProperty("responses").GetProperty("201").GetProperty("content"));
        Assert.Equal(["registrationNumber", "trackingCode", "receivedDate", "deadline"], Properties(created));
        Assert.Equal("date", created.GetProperty("properties").GetProperty("deadline").GetProperty("format").GetString());

        var body = Referenced(submit.GetProperty("requestBody").GetProperty("content"));
        Assert.Equal(["unitCode", "applicantType", "applicantName", "applicantNik", "applicantEmail", "applicantPhone", "applicantAddress",
            "applicantOccupation", "representedParty", "informationRequested", "purpose", "obtainMethod", "copyFormat", "deliveryMethod"], Properties(body));
        // What is documented is what the endpoint reads: the input of the use case, less the desk-only fields.
        var read = typeof(RegisterRequest.Input).GetProperties().Select(p => p.Name)
            .Except([nameof(RegisterRequest.Input.Channel), nameof(RegisterRequest.Input.ReceivedDate)])
            .Select(JsonNamingPolicy.CamelCase.ConvertName);
        Assert.Equal(read.Order(), Properties(body).Order());
        var types = body.GetProperty("properties").GetProperty("applicantType").GetProperty("enum").EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
        Assert.Equal(["individual", "organization", "proxy"], types);

        // The real answer carries exactly the documented fields.
        var response = await app.Client().PostAsJsonAsync("/api/v1/requests", new
        {
            applicantType = "individual",
            applicantName = "Dokumen API",
            applicantNik = "6171012304850003",
            applicantEmail = "doc@example.org",
            applicantAddress = "Pontianak",
            informationRequested = "Daftar dokumen",
            purpose = "Uji",
            obtainMethod = "view",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Properties(created), answer.RootElement.EnumerateObject().Select(p => p.Name).ToArray());

        var status = Operation("/api/v1/requests/status", "get");
        Assert.Equal(["registrationNumber", "status", "receivedDate", "deadline", "decision", "noticeDate"],
            Properties(Referenced(status.GetProperty("responses").GetProperty("200").GetProperty("content"))));
        Assert.Equal("application/problem+json", status.GetProperty("responses").GetProperty("404").GetProperty("content").EnumerateObject().Single().Name);
    }

    [Fact]
    public void The_intake_documents_its_header_problems_and_rate_limit()
    {
        var submit = Operation("/api/v1/requests", "post");
        var key = submit.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.Equal("header", key.GetProperty("in").GetString());
        var responses = submit.GetProperty("responses");
        Assert.Equal("application/problem+json", responses.GetProperty("400").GetProperty("content").EnumerateObject().Single().Name);
        Assert.True(responses.TryGetProperty("429", out _));
        Assert.Contains("errors", Properties(Schema("HttpValidationProblemDetails")));
        Assert.Equal(["type", "title", "status", "detail", "instance"], Properties(Schema("ProblemDetails")));
    }

    [Fact]
    public void The_staff_report_documents_its_security_and_the_contract_s_figures()
    {
        var schemes = _doc.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        Assert.Equal("sipppid.auth", schemes.GetProperty("cookie").GetProperty("name").GetString());

        var report = Operation("/api/v1/reports/service", "get");
        var security = report.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).Order().ToArray();
        Assert.Equal(["bearer", "cookie"], security);
        foreach (var status in new[] { "200", "400", "401", "403", "404" })
            Assert.True(report.GetProperty("responses").TryGetProperty(status, out _), status);
        // Anonymous, said explicitly: one empty requirement.
        var open = Operation("/api/v1/reports/service/public", "get").GetProperty("security");
        Assert.Empty(Assert.Single(open.EnumerateArray()).EnumerateObject());

        var result = Referenced(report.GetProperty("responses").GetProperty("200").GetProperty("content"));
        Assert.Equal(["report", "from", "to", "asOf", "unit", "units", "total"], Properties(result));
        Assert.Equal(["received", "byChannel", "withdrawn", "decided", "pending", "byDecision", "exemptions", "extended", "onTime", "late",
            "overdue", "processingDays", "processingDaysDistribution"], Properties(Schema("RequestFigures")));
        Assert.Equal(["code", "name", "parentCode", "requests", "objections", "disputes"], Properties(Schema("UnitFigures")));
    }

    [Fact]
    public async Task The_docs_page_responds_and_loads_only_local_scripts_without_inline_code()
    {
        var client = app.Client();
        var page = await client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-openapi=\"/openapi/v1.json\"", html);
        var scripts = Script().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal(2, Regex.Count(html, "<script")); // every script has a src: none inline
        Assert.DoesNotContain("http", string.Join(" ", scripts), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", string.Join(" ", scripts));

        foreach (var src in scripts)
        {
            var asset = await client.GetAsync(src);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("javascript", asset.Content.Headers.ContentType!.MediaType);
        }

        var bundle = await client.GetByteArrayAsync(scripts[0]);
        Assert.True(bundle.Length > 1_000_000, $"Scalar's standalone bundle, {bundle.Length} bytes");
        Assert.Contains("createApiReference", System.Text.Encoding.UTF8.GetString(bundle));
    }

    [GeneratedRegex("<script src=\"([^\"]+)\"></script>")]
    private static partial Regex Script();
}
