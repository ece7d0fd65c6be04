using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;
using static SipPpid.Tests.RegisterImport.RegisterFiles;

namespace SipPpid.Tests.RegisterImport;

/// <summary>The upload page over HTTP, on the demo province: scope of a PPID Pembantu officer, skip-invalid and its rejects file.</summary>
public abstract partial class RegisterImportPageTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public Task InitializeAsync() => app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] Row(string unit, string number) =>
        [unit, number, "2026-01-05", "web", "individual", "Budi", "", "Data", "view", "", "", "2026-01-09", "granted_full", "", "", "", "", "", "", "", "", "", "", ""];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, bool skipInvalid, string fileName = "register.csv")
    {
        var page = await client.GetStringAsync("/Import/Register");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(skipInvalid ? "true" : "false"), "SkipInvalid" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync("/Import/Register", form);
    }

    [Fact]
    public async Task A_pembantu_officer_cannot_import_rows_of_another_unit()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var response = await UploadAsync(client, Csv(Header, [Row("DINKES", "PAGE-001"), Row("DPUPR", "PAGE-002")]), skipInvalid: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"import-errors\"", html);
        Assert.Contains("unit DPUPR is outside your scope", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-"))));
    }

    [Fact]
    public async Task Skip_invalid_imports_the_rest_and_serves_the_rejects_once()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var response = await UploadAsync(client, Csv(Header, [Row("DINKES", "PAGE-101"), Row("DPUPR", "PAGE-102")]), skipInvalid: true);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("1 ditambahkan, 0 dilewati", html);
        var link = WebUtility.HtmlDecode(Rejects().Match(html).Groups[1].Value);
        Assert.StartsWith("/Import/Register?handler=Rejects&id=", link);
        var rejects = await client.GetStringAsync(link);
        Assert.Contains("DPUPR,PAGE-102", rejects);
        Assert.Contains("unit_code: unit DPUPR is outside your scope", rejects);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-1"))));
    }

    [Fact]
    public async Task The_ppid_utama_imports_for_any_unit_and_the_atasan_may_not()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var html = await (await UploadAsync(client, Csv(Header, [Row("DINKES", "PAGE-201"), Row("DPUPR", "PAGE-202")]), skipInvalid: false)).Content.ReadAsStringAsync();
        Assert.Contains("2 ditambahkan, 0 dilewati", html);
        var bad = await (await UploadAsync(client, "x", skipInvalid: false, "register.txt")).Content.ReadAsStringAsync();
        Assert.Contains("Berkas harus berformat .csv atau .xlsx.", bad);

        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        var denied = await atasan.GetAsync("/Import/Register");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("AccessDenied", denied.Headers.Location!.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Import/Register\\?handler=Rejects[^\"]+)\"")]
    private static partial Regex Rejects();
}

public sealed class RegisterImportPageTestsSqlite(SqliteApp app) : RegisterImportPageTests<SqliteApp>(app);

public sealed class RegisterImportPageTestsPostgres(PostgresApp app) : RegisterImportPageTests<PostgresApp>(app);
