using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.PublicRequests;

/// <summary>The public intake API as the README ("HTTP API") and its OpenAPI description promise it, on both databases.</summary>
public abstract partial class IntakeApiTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Body(string name, string? nik = "6171012304850003", string? info = "Daftar proyek jalan provinsi 2025", string obtain = "copy") => new
    {
        unitCode = "DPUPR",
        applicantType = "individual",
        applicantName = name,
        applicantNik = nik,
        applicantEmail = "api@example.org",
        applicantPhone = "0811111111",
        applicantAddress = "Jl. Sultan Abdurrahman, Pontianak",
        applicantOccupation = "Jurnalis",
        informationRequested = info,
        purpose = "Liputan",
        obtainMethod = obtain,
        copyFormat = "softcopy",
        deliveryMethod = "email",
    };

    private static HttpRequestMessage Post(object body, string? key = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = JsonContent.Create(body) };
        if (key is not null) message.Headers.Add("Idempotency-Key", key);
        return message;
    }

    private Task<int> CountAsync(string name) => app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == name));

    [Fact]
    public async Task A_valid_submission_answers_201_with_the_number_code_and_iso_dates_and_is_stored()
    {
        var response = await app.Client().SendAsync(Post(Body("API Satu")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["registrationNumber", "trackingCode", "receivedDate", "deadline"], root.EnumerateObject().Select(p => p.Name));
        Assert.Matches(IsoDate(), root.GetProperty("receivedDate").GetString()!);
        Assert.Matches(IsoDate(), root.GetProperty("deadline").GetString()!);
        Assert.True(string.CompareOrdinal(root.GetProperty("deadline").GetString(), root.GetProperty("receivedDate").GetString()) > 0);
        var number = root.GetProperty("registrationNumber").GetString()!;
        Assert.Contains("/PPID-DPUPR/", number);
        var stored = await app.WithDbAsync(db => db.Requests.SingleAsync(r => r.RegistrationNumber == number));
        Assert.Equal(root.GetProperty("trackingCode").GetString(), stored.TrackingCode);
        Assert.Equal(Domain.Channel.Web, stored.Channel);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_answer_and_stores_one_request()
    {
        var key = Guid.NewGuid().ToString();
        var first = await app.Client().SendAsync(Post(Body("API Ulang"), key));
        var second = await app.Client().SendAsync(Post(Body("API Ulang"), key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountAsync("API Ulang"));
    }

    [Fact]
    public async Task Two_simultaneous_submissions_with_one_key_store_one_request()
    {
        for (var round = 0; round < 3; round++)
        {
            var key = Guid.NewGuid().ToString();
            var name = $"API Serentak {round}";
            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => app.Client().SendAsync(Post(Body(name), key)))));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.Single(bodies.Distinct());
            Assert.Equal(1, await CountAsync(name));
        }
    }

    [Fact]
    public async Task Bad_fields_are_named_in_problem_details_with_the_forms_messages()
    {
        var response = await app.Client().SendAsync(Post(Body("API Salah", nik: "12345", info: null, obtain: "fax")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal("NIK terdiri atas 16 angka.", errors.GetProperty("applicantNik")[0].GetString());
        Assert.Equal("Wajib diisi.", errors.GetProperty("informationRequested")[0].GetString());
        Assert.Contains("'fax' tidak dikenal", errors.GetProperty("obtainMethod")[0].GetString());
        Assert.Equal(0, await CountAsync("API Salah"));
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_too()
    {
        var response = await app.Client().PostAsync("/api/v1/requests", new StringContent("{\"applicantName\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_status_answers_with_the_right_code_and_404_alike_for_a_wrong_code_or_an_unknown_number()
    {
        var created = await (await app.Client().SendAsync(Post(Body("API Status")))).Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("registrationNumber").GetString()!;
        var code = created.GetProperty("trackingCode").GetString()!;
        var client = app.Client();

        var ok = await client.GetAsync($"/api/v1/requests/status?number={Uri.EscapeDataString(number)}&code={code}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()))
        {
            var root = json.RootElement;
            Assert.Equal(["registrationNumber", "status", "receivedDate", "deadline", "decision", "noticeDate"], root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(number, root.GetProperty("registrationNumber").GetString());
            Assert.Equal("registered", root.GetProperty("status").GetString());
            Assert.Equal(created.GetProperty("deadline").GetString(), root.GetProperty("deadline").GetString());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("decision").ValueKind);
            Assert.Equal(JsonValueKind.Null, root.GetProperty("noticeDate").ValueKind);
        }

        var wrongCode = await client.GetAsync($"/api/v1/requests/status?number={Uri.EscapeDataString(number)}&code=ZZZZZZZZZZ");
        var unknown = await client.GetAsync($"/api/v1/requests/status?number={Uri.EscapeDataString("9999/PPID-X/I/2026")}&code={code}");
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await wrongCode.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_decided_request_reports_its_decision_and_notice_date()
    {
        var created = await (await app.Client().SendAsync(Post(Body("API Putus")))).Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("registrationNumber").GetString()!;
        await app.WithDbAsync(async db =>
        {
            var r = await db.Requests.SingleAsync(x => x.RegistrationNumber == number);
            r.Status = Domain.RequestStatus.Decided;
            r.Decision = Domain.Decision.GrantedPartial;
            r.NoticeDate = r.ReceivedDate;
            return await db.SaveChangesAsync();
        });
        var root = await app.Client().GetFromJsonAsync<JsonElement>(
            $"/api/v1/requests/status?number={Uri.EscapeDataString(number)}&code={created.GetProperty("trackingCode").GetString()}");
        Assert.Equal("decided", root.GetProperty("status").GetString());
        Assert.Equal("granted_partial", root.GetProperty("decision").GetString());
        Assert.Equal(created.GetProperty("receivedDate").GetString(), root.GetProperty("noticeDate").GetString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}

public sealed class IntakeApiTestsSqlite(SqliteApp app) : IntakeApiTests<SqliteApp>(app);

public sealed class IntakeApiTestsPostgres(PostgresApp app) : IntakeApiTests<PostgresApp>(app);
