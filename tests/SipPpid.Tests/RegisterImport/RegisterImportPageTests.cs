using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.RegisterImport;
using SipPpid.Tests.Support;
using static SipPpid.Tests.RegisterImport.RegisterFiles;

namespace SipPpid.Tests.RegisterImport;

/// <summary>
/// The upload page and the import job's page over HTTP, on the demo province: the upload is queued and run in the
/// background; the job page shows progress, then the result; scope of a PPID Pembantu officer; skip-invalid and its
/// rejects file; who may see a job; a job left by a crashed instance is taken over; a job runs once.
/// </summary>
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

    /// <summary>Uploads, follows the redirect to the job's page and reloads it until the import has ended.</summary>
    private static async Task<(string Url, string Html)> ImportAsync(HttpClient client, string csv, bool skipInvalid)
    {
        var response = await UploadAsync(client, csv, skipInvalid);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.ToString();
        Assert.Matches("^/Import/Register/[0-9a-f-]{36}$", url);
        return (url, await FinishedPageAsync(client, url));
    }

    private static async Task<string> FinishedPageAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            var html = await client.GetStringAsync(url);
            if (!html.Contains("hx-trigger=\"every 1s\"", StringComparison.Ordinal)) return html;
            await Task.Delay(100);
        }

        throw new TimeoutException("the import did not end within 30 s: " + url);
    }

    [Fact]
    public async Task A_pembantu_officer_cannot_import_rows_of_another_unit()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var (_, html) = await ImportAsync(client, Csv(Header, [Row("DINKES", "PAGE-001"), Row("DPUPR", "PAGE-002")]), skipInvalid: false);
        Assert.Contains("Berkas tidak diimpor; tidak ada yang berubah. 1 masalah ditemukan:", html);
        Assert.Contains("id=\"import-errors\"", html);
        Assert.Contains("unit DPUPR is outside your scope", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-00"))));
    }

    [Fact]
    public async Task Skip_invalid_imports_the_rest_and_serves_the_rejects()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var (url, html) = await ImportAsync(client, Csv(Header, [Row("DINKES", "PAGE-101"), Row("DPUPR", "PAGE-102")]), skipInvalid: true);
        Assert.Contains("1 ditambahkan, 0 dilewati", html);
        Assert.Contains("1 baris ditolak.", html);
        var link = WebUtility.HtmlDecode(Rejects().Match(html).Groups[1].Value);
        Assert.Equal(url + "?handler=Rejects", link);
        var rejects = await client.GetStringAsync(link);
        Assert.Contains("DPUPR,PAGE-102", rejects);
        Assert.Contains("unit_code: unit DPUPR is outside your scope", rejects);
        Assert.Equal(1, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-1"))));

        // The upload page lists it; the file itself is gone from the database once imported.
        Assert.Contains(url, await client.GetStringAsync("/Import/Register"));
        var id = Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);
        var job = await app.WithDbAsync(db => db.RegisterImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Null(job.Content);
        Assert.Equal((RegisterImportState.Succeeded, 1, 0, 1, 1), (job.State, job.Added, job.Skipped, job.Rejected, job.Attempts));
    }

    [Fact]
    public async Task A_job_is_seen_by_its_uploader_and_the_ppid_utama_only()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var (url, _) = await ImportAsync(dinkes, Csv(Header, [Row("DINKES", "PAGE-301"), Row("DPUPR", "PAGE-302")]), skipInvalid: true);
        var pupr = await app.SignedInAsync("pupr@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync(url + "?handler=Status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync(url + "?handler=Rejects")).StatusCode);
        Assert.DoesNotContain(url, await pupr.GetStringAsync("/Import/Register"));
        var utama = await app.SignedInAsync("utama@ppid.demo");
        Assert.Contains("1 ditambahkan, 0 dilewati", await utama.GetStringAsync(url));
        Assert.Contains("DPUPR,PAGE-302", await utama.GetStringAsync(url + "?handler=Rejects"));
    }

    [Fact]
    public async Task The_ppid_utama_imports_for_any_unit_and_the_atasan_may_not()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var (_, html) = await ImportAsync(client, Csv(Header, [Row("DINKES", "PAGE-201"), Row("DPUPR", "PAGE-202")]), skipInvalid: false);
        Assert.Contains("2 ditambahkan, 0 dilewati", html);
        var bad = await UploadAsync(client, "x", skipInvalid: false, "register.txt");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Berkas harus berformat .csv atau .xlsx.", await bad.Content.ReadAsStringAsync());
        var notXlsx = await UploadAsync(client, "unit_code\nDINKES", skipInvalid: false, "register.xlsx");
        Assert.Contains("Isi berkas bukan buku kerja Excel (.xlsx).", await notXlsx.Content.ReadAsStringAsync());

        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        var denied = await atasan.GetAsync("/Import/Register");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("AccessDenied", denied.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_running_job_shows_its_progress_and_is_taken_over_when_its_instance_stops_answering()
    {
        // As if another instance had claimed the job, got half-way through writing, and died (kill -9): its lease
        // is still valid, so the page shows its last stored progress and nobody touches it.
        var id = await ImportJobs.AddAsync(app, "utama@ppid.demo", "besar.csv",
            Csv(Header, [Row("DINKES", "PAGE-401"), Row("DPUPR", "PAGE-402"), Row("SETDA", "PAGE-403")]), TimeSpan.FromSeconds(8), 1500, 3000);

        var client = await app.SignedInAsync("utama@ppid.demo");
        var url = $"/Import/Register/{id}";
        var running = await client.GetStringAsync(url);
        Assert.Contains("Menyimpan permohonan: 1.500 dari 3.000.", running);
        Assert.Contains("<progress class=\"w-100\" max=\"100\" value=\"70\"", running);
        Assert.Contains($"hx-get=\"{url}?handler=Status\" hx-trigger=\"every 1s\"", running);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", running);
        var part = await client.GetStringAsync(url + "?handler=Status");
        Assert.StartsWith("<div id=\"import-job\"", part.TrimStart());
        Assert.DoesNotContain("<html", part);

        // The lease runs out without a sign of life: this instance's runner takes the job over and runs it to the end.
        var html = await FinishedPageAsync(client, url);
        Assert.Contains("3 ditambahkan, 0 dilewati", html);
        Assert.DoesNotContain("<noscript><meta http-equiv=\"refresh\"", html);
        var done = await app.WithDbAsync(db => db.RegisterImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal((RegisterImportState.Succeeded, 2), (done.State, done.Attempts));
        Assert.NotEqual("instance-lain", done.Runner);
        Assert.Equal(3, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-40"))));
    }

    [Fact]
    public async Task Runners_racing_for_one_job_run_it_once()
    {
        var id = await ImportJobs.AddAsync(app, "admin@ppid.demo", "race.csv",
            Csv(Header, [.. Enumerable.Range(1, 40).Select(i => Row("DINKES", $"PAGE-5{i:00}"))]));

        // Two more runners (as two more instances would have) race the app's own for the queued job.
        var runners = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<RegisterImportRunner>(app.Services)).ToList();
        await Task.WhenAll(runners.Select(r => r.RunNextAsync(CancellationToken.None)));
        RegisterImportJob job;
        var waited = 0;
        while ((job = await app.WithDbAsync(db => db.RegisterImportJobs.AsNoTracking().SingleAsync(j => j.Id == id))).State != RegisterImportState.Succeeded && waited++ < 300)
            await Task.Delay(100);
        Assert.Equal((RegisterImportState.Succeeded, 40, 0, 1), (job.State, job.Added, job.Skipped, job.Attempts));
        Assert.Equal(40, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.StartsWith("PAGE-5"))));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "register.import" && a.Subject == "40 added, 0 skipped")));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("href=\"(/Import/Register/[^\"]+\\?handler=Rejects)\"")]
    private static partial Regex Rejects();
}

public sealed class RegisterImportPageTestsSqlite(SqliteApp app) : RegisterImportPageTests<SqliteApp>(app);

public sealed class RegisterImportPageTestsPostgres(PostgresApp app) : RegisterImportPageTests<PostgresApp>(app);
