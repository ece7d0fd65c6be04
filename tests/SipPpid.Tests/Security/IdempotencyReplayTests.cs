using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Features.Requests;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Issue 12.1: an Idempotency-Key is bound to the body it was first used with. Another body (even <c>{}</c>) is a
/// 422 that reveals nothing of the first request; the key expires after <see cref="RegisterRequest.IdempotencyKeyLifetime"/>.
/// </summary>
public abstract class IdempotencyReplayTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static Dictionary<string, string> Body(string name) => new()
    {
        ["unitCode"] = "DPUPR",
        ["applicantType"] = "individual",
        ["applicantName"] = name,
        ["applicantNik"] = "6171012304850003",
        ["applicantEmail"] = "kunci@example.org",
        ["applicantAddress"] = "Jl. Ahmad Yani, Pontianak",
        ["informationRequested"] = "Daftar paket pekerjaan 2026",
        ["purpose"] = "Pengawasan",
        ["obtainMethod"] = "view",
    };

    private static HttpRequestMessage Post(string json, string key)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        message.Headers.Add("Idempotency-Key", key);
        return message;
    }

    private async Task<(HttpResponseMessage Response, string Text)> SendAsync(string json, string key)
    {
        var response = await app.Client().SendAsync(Post(json, key));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_used_key_with_an_empty_body_is_422_and_reveals_nothing_of_the_first_request()
    {
        var key = Guid.NewGuid().ToString();
        var (first, firstText) = await SendAsync(JsonSerializer.Serialize(Body("Kunci Pertama")), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = JsonDocument.Parse(firstText).RootElement;

        var (replay, text) = await SendAsync("{}", key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(created.GetProperty("trackingCode").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("registrationNumber").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("trackingCode", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_key_with_another_valid_body_is_422_and_registers_nothing()
    {
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(JsonSerializer.Serialize(Body("Kunci Asli")), key)).Response.StatusCode);
        var (other, text) = await SendAsync(JsonSerializer.Serialize(Body("Kunci Penyusup")), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.DoesNotContain("trackingCode", text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Kunci Penyusup")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Kunci Asli")));
    }

    [Fact]
    public async Task The_same_body_in_another_property_order_and_spacing_is_a_replay()
    {
        var key = Guid.NewGuid().ToString();
        var body = Body("Kunci Kanonik");
        var (first, firstText) = await SendAsync(JsonSerializer.Serialize(body), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var reordered = JsonSerializer.Serialize(body.Reverse().ToDictionary(), Indented);
        var (again, againText) = await SendAsync(reordered, key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(firstText, againText);
        Assert.Equal(1, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Kunci Kanonik")));
    }

    [Fact]
    public async Task An_expired_key_registers_anew()
    {
        var key = Guid.NewGuid().ToString();
        var json = JsonSerializer.Serialize(Body("Kunci Kedaluwarsa"));
        var first = await (await SendAsync(json, key)).Response.Content.ReadFromJsonAsync<JsonElement>();
        var aged = DateTime.UtcNow - RegisterRequest.IdempotencyKeyLifetime - TimeSpan.FromMinutes(5);
        await app.WithDbAsync(db => db.IdempotencyRecords.Where(k => k.Key == "api:" + key).ExecuteUpdateAsync(s => s.SetProperty(k => k.CreatedAtUtc, aged)));

        var (again, text) = await SendAsync(json, key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(first.GetProperty("registrationNumber").GetString(), JsonDocument.Parse(text).RootElement.GetProperty("registrationNumber").GetString());
        Assert.Equal(2, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Kunci Kedaluwarsa")));
        // The expired row made way for the new one.
        Assert.Equal(1, await app.WithDbAsync(db => db.IdempotencyRecords.CountAsync(k => k.Key == "api:" + key)));
    }

    [Fact]
    public async Task The_public_forms_token_sent_again_with_other_entries_shows_no_receipt_and_registers_nothing()
    {
        var client = app.Client();
        var form = await PublicForm.OpenAsync(client);
        var first = await PublicForm.PostAsync(client, form, PublicForm.Valid("Token Pertama"), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var other = await PublicForm.PostAsync(client, form, PublicForm.Valid("Token Kedua"), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var html = await other.Content.ReadAsStringAsync();
        Assert.Contains("sudah terkirim dengan isian lain", html, StringComparison.Ordinal);
        var code = await app.WithDbAsync(db => db.Requests.Where(r => r.ApplicantName == "Token Pertama").Select(r => r.TrackingCode).SingleAsync());
        Assert.DoesNotContain(code, html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Token Kedua")));
    }
}

public sealed class IdempotencyReplayTestsSqlite(SqliteApp app) : IdempotencyReplayTests<SqliteApp>(app);

public sealed class IdempotencyReplayTestsPostgres(PostgresApp app) : IdempotencyReplayTests<PostgresApp>(app);
