using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;
using static SipPpid.Tests.DipDecrees.DipFiles;

namespace SipPpid.Tests.DipDecrees;

/// <summary>
/// The DIP upload page's unit scope, and Penetapan DIP: a decree freezes the published DIP (its JSON and PDF do not change
/// when an entry does, and the entry is reported as changed), a decree number is refused a second time, a unit's annex is
/// printed once and kept, and the annex's code verifies on the public verify page.
/// </summary>
public abstract class DipPagesTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<string> UploadAsync(HttpClient client, string csv)
    {
        var token = AppFactory.FormToken(await client.GetStringAsync("/Import/Dip"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "dip.csv");
        var response = await client.PostAsync("/Import/Dip", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> DecreeAsync(HttpClient client, string number, string nip = "197003151995031002") =>
        AppFactory.PostFormAsync(client, "/Dip/Penetapan", new()
        {
            ["Form.Number"] = number,
            ["Form.Date"] = "2026-11-30",
            ["Form.Place"] = "Pontianak",
            ["Form.SignatoryName"] = "Drs. Ahmad Rizal, M.Si.",
            ["Form.SignatoryNip"] = nip,
        });

    private static string Sha(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    [Fact]
    public async Task A_pembantu_imports_its_own_units_rows_and_is_refused_another_units_by_line()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var refused = await UploadAsync(client, Csv(Row("DINKES", "Scope own"), Row("SETDA", "Scope other")));
        Assert.Contains("line 3: unit_code: unit SETDA is outside your scope", refused, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title.StartsWith("Scope "))));

        var done = await UploadAsync(client, Csv(Row("DINKES", "Scope own")));
        Assert.Contains("1 ditambahkan", done, StringComparison.Ordinal);
        // Penetapan DIP is the PPID Utama's: a PPID Pembantu is sent to the access-denied page.
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Dip/Penetapan")).StatusCode);
    }

    [Fact]
    public async Task A_decree_number_used_twice_is_refused_and_a_nip_must_have_18_digits()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var number = $"188/{Guid.NewGuid():N}/PPID";
        Assert.Equal(HttpStatusCode.Redirect, (await DecreeAsync(client, number)).StatusCode);
        var twice = await DecreeAsync(client, number);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains($"Nomor keputusan {number} sudah dipakai", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var badNip = await DecreeAsync(client, number + "-b", nip: "12345");
        Assert.Contains("terdiri atas 18 angka", WebUtility.HtmlDecode(await badNip.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.DipDecrees.CountAsync(d => d.Number.StartsWith(number))));
    }

    [Fact]
    public async Task A_decree_is_an_immutable_snapshot_its_changed_entries_are_reported_and_its_codes_verify()
    {
        Assert.True((await app.ImportAsync(Csv(Row("DINKES", "Snapshot A", summary: "Sebelum")))).Succeeded);
        var client = await app.SignedInAsync("utama@ppid.demo");
        var number = $"188/{Guid.NewGuid():N}/SNAP";
        Assert.Equal(HttpStatusCode.Redirect, (await DecreeAsync(client, number)).StatusCode);
        var decree = await app.WithDbAsync(db => db.DipDecrees.AsNoTracking().Include(d => d.Files).SingleAsync(d => d.Number == number));
        var all = decree.Files.Single(f => f.UnitId == null);
        Assert.Equal(all.PdfSha256, Sha(all.Pdf!));
        Assert.Contains("Sebelum", decree.EntriesJson, StringComparison.Ordinal);

        // An entry changes after the decree: the decree's snapshot and PDF stay; the entry is reported and marked.
        Assert.Equal(1, (await app.ImportAsync(Csv(Row("DINKES", "Snapshot A", summary: "Sesudah")))).Updated);
        var later = await app.WithDbAsync(db => db.DipDecrees.AsNoTracking().Include(d => d.Files).SingleAsync(d => d.Number == number));
        Assert.Equal(decree.EntriesJson, later.EntriesJson);
        Assert.Equal(all.PdfSha256, later.Files.Single(f => f.UnitId == null).PdfSha256);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/Dip/Penetapan"));
        Assert.Contains("Snapshot A", page, StringComparison.Ordinal);
        Assert.Contains("dip-changed", await client.GetStringAsync("/Dip/Cetak?unit=DINKES"), StringComparison.Ordinal);

        // A unit's annex is printed on its first download and kept: its hash is of the stored bytes.
        var dinkes = later.Files.Single(f => f.UnitCode == "DINKES");
        Assert.Null(dinkes.Pdf);
        var first = await client.GetByteArrayAsync($"/Dip/Penetapan?handler=File&id={dinkes.Id}");
        var second = await client.GetByteArrayAsync($"/Dip/Penetapan?handler=File&id={dinkes.Id}");
        Assert.Equal(first, second);
        Assert.Equal(Sha(first), await app.WithDbAsync(db => db.DipDecreeFiles.Where(f => f.Id == dinkes.Id).Select(f => f.PdfSha256).SingleAsync()));

        var anonymous = app.Client();
        var verify = await anonymous.GetAsync($"/Verifikasi/{all.VerificationCode.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var html = WebUtility.HtmlDecode(await verify.Content.ReadAsStringAsync());
        Assert.Contains("Penetapan Daftar Informasi Publik", html, StringComparison.Ordinal);
        Assert.Contains(number, html, StringComparison.Ordinal);
        Assert.Contains(all.PdfSha256!, html, StringComparison.Ordinal);
        Assert.Equal(all.Pdf, await anonymous.GetByteArrayAsync($"/Verifikasi/{all.VerificationCode}?handler=DipPdf"));
    }
}

public sealed class SqliteDipPagesTests(SqliteApp app) : DipPagesTests<SqliteApp>(app);

public sealed class PostgresDipPagesTests(PostgresApp app) : DipPagesTests<PostgresApp>(app);
