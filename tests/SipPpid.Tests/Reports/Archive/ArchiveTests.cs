using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Features.Requests;
using SipPpid.Features.Users;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Reports.ReportData;

namespace SipPpid.Tests.Reports.Archive;

/// <summary>
/// The report archive over HTTP on the hand-built January 2026 data (units PROV, A, B, B1, C): finalizing stores the
/// printed PDF with its hash, code and QR code and the engine's JSON; the public page verifies a file; a later change
/// shows as a correction while the archive stays as it was; unit scope and roles hold.
/// </summary>
public abstract partial class ArchiveTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Utama = "kepala@ppid.test";
    private const string PembantuB = "bagian-b@ppid.test";
    private const string Password = "Sandi-Arsip-2026";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateStaffAccount>();
        foreach (var (email, role, unit, name) in new[] { (Utama, "ppid_utama", (string?)null, "Kepala PPID"), (PembantuB, "ppid_pembantu", "B", "Petugas B"), ("atasan@ppid.test", "atasan_ppid", null, "Sekda") })
        {
            var created = await create.RunAsync(new CreateStaffAccount.Input(email, role, unit, Password, name, null), null);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Query(string unit, string from = "2026-01-01", string to = "2026-01-31") => $"dari={from}&sampai={to}&unit={unit}";

    /// <summary>Finalizes through the confirmation page; returns the archive's id.</summary>
    private static async Task<int> FinalizeAsync(HttpClient client, string unit, string from = "2026-01-01", string to = "2026-01-31")
    {
        var url = "/Reports/Archive/Finalize?" + Query(unit, from, to);
        var response = await AppFactory.PostFormAsync(client, url, [], formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(DetailsId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<ReportArchive> ArchiveAsync(int id) => app.WithDbAsync(db => db.ReportArchives.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<string> EngineJsonAsync(string unit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(D("2026-01-01"), D("2026-01-31"), unit), CancellationToken.None);
        return JsonSerializer.Serialize(result);
    }

    [Fact]
    public async Task Finalizing_stores_the_printed_pdf_with_its_hash_code_and_QR_code_and_the_engines_json()
    {
        var client = await app.SignedInAsync(Utama, Password);
        var id = await FinalizeAsync(client, "PROV");
        var archive = await ArchiveAsync(id);

        Assert.Equal(await EngineJsonAsync("PROV"), archive.FiguresJson);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(archive.Pdf)).ToLowerInvariant(), archive.PdfSha256);
        Assert.Equal(archive.Pdf.Length, archive.PdfSize);
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$", archive.VerificationCode);
        Assert.Equal(("PROV", "Unit PROV", "Kepala PPID"), (archive.UnitCode, archive.UnitName, archive.FinalizedByName));
        Assert.True(archive.Version >= 1);

        // The downloads are the stored bytes.
        Assert.Equal(archive.Pdf, await client.GetByteArrayAsync($"/Reports/Archive/Details/{id}?handler=Pdf"));
        Assert.Equal(archive.FiguresJson, await client.GetStringAsync($"/Reports/Archive/Details/{id}?handler=Json"));

        var text = Regex.Replace(await PublicRequests.PublicForm.PdfTextAsync(archive.Pdf), @"\s+", " ");
        Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", text);
        Assert.Contains($"Kode verifikasi: {archive.VerificationCode}", text);
        Assert.Contains($"SIP PPID · Kode verifikasi {archive.VerificationCode}", text); // on every page's footer
        Assert.Contains("Selama periode ini diterima 10 permohonan informasi", text);
        Assert.Equal($"http://127.0.0.1:5000/Verifikasi/{archive.VerificationCode}", await PdfQr.FirstPageAsync(archive.Pdf));

        var list = await client.GetStringAsync("/Reports/Archive");
        Assert.Contains($"data-archive=\"{id}\"", list);
        Assert.Contains(archive.PdfSha256[..16], list);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "report.finalize" && a.Details!.Contains(archive.PdfSha256))));
    }

    [Fact]
    public async Task The_public_page_confirms_the_archived_pdf_and_rejects_a_modified_one()
    {
        var id = await FinalizeAsync(await app.SignedInAsync(Utama, Password), "B");
        var archive = await ArchiveAsync(id);
        var visitor = app.Client();

        var page = await visitor.GetStringAsync($"/Verifikasi/{archive.VerificationCode}");
        Assert.Contains("Unit B", page);
        Assert.Contains("1 Januari 2026 – 31 Januari 2026", page);
        Assert.Contains(archive.PdfSha256, page);
        Assert.Contains("Kepala PPID", page);
        Assert.DoesNotContain("kepala@ppid.test", page);
        // Typed by hand: lower case, no dashes.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/Verifikasi/" + archive.VerificationCode.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/Verifikasi/2222-2222-2222")).StatusCode);
        Assert.Equal(archive.Pdf, await visitor.GetByteArrayAsync($"/Verifikasi/{archive.VerificationCode}?handler=Pdf"));

        var same = await UploadAsync(visitor, archive.VerificationCode, archive.Pdf);
        Assert.Contains("id=\"verify-match\"", same);
        Assert.Contains("asli dan tidak berubah", same);

        var modified = archive.Pdf.ToArray();
        modified[modified.Length / 2] ^= 0x20;
        var other = await UploadAsync(visitor, archive.VerificationCode, modified);
        Assert.Contains("id=\"verify-mismatch\"", other);
        Assert.Contains("Tidak cocok", other);
        Assert.DoesNotContain("id=\"verify-match\"", other);
    }

    [Fact]
    public async Task A_change_after_finalization_is_listed_as_a_correction_and_the_archive_stays_as_it_was()
    {
        var client = await app.SignedInAsync(Utama, Password);
        var id = await FinalizeAsync(client, "A");
        var before = await ArchiveAsync(id);
        Assert.Contains("id=\"no-corrections\"", await client.GetStringAsync($"/Reports/Archive/Details/{id}"));

        // The request received on 1 January (pending, overdue) is withdrawn after the report was finalized.
        var number = await app.WithDbAsync(async db =>
        {
            var r = await db.Requests.Include(x => x.Unit).SingleAsync(x => x.Unit!.Code == "A" && x.ReceivedDate == D("2026-01-01"));
            return r.RegistrationNumber;
        });
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var r = await db.Requests.SingleAsync(x => x.RegistrationNumber == number);
            Assert.Null(await scope.ServiceProvider.GetRequiredService<RequestProcessing>().WithdrawAsync(r, D("2026-01-20"), "Dicabut pemohon", new Actor(null, "Petugas A"), CancellationToken.None));
        }

        var details = await client.GetStringAsync($"/Reports/Archive/Details/{id}");
        Assert.Contains("id=\"corrections-table\"", details);
        Assert.Matches("""data-unit="A" data-figure="requests.withdrawn">\s*<td>Unit A</td>\s*<td>[^<]+</td>\s*<td>1</td><td class="fw-semibold">2</td>""", details);
        Assert.Matches("""data-unit="TOTAL" data-figure="requests.pending">\s*<td>Jumlah</td>\s*<td>[^<]+</td>\s*<td>3</td><td class="fw-semibold">2</td>""", details);
        Assert.Contains($">{WebUtility.HtmlEncode(number)}</a>", details);
        Assert.DoesNotContain("data-unit=\"B\"", details);

        var after = await ArchiveAsync(id);
        Assert.Equal(before.FiguresJson, after.FiguresJson);
        Assert.Equal(before.PdfSha256, after.PdfSha256);
        Assert.Equal(before.Pdf, await client.GetByteArrayAsync($"/Reports/Archive/Details/{id}?handler=Pdf"));
        Assert.NotEqual(before.FiguresJson, await EngineJsonAsync("A"));

        // Finalizing again makes the next version; the first is kept and marked superseded.
        var v2 = await FinalizeAsync(client, "A");
        var second = await ArchiveAsync(v2);
        Assert.Equal(before.Version + 1, second.Version);
        Assert.NotEqual(before.VerificationCode, second.VerificationCode);
        Assert.Equal(await EngineJsonAsync("A"), second.FiguresJson);
        Assert.Contains("id=\"no-corrections\"", await client.GetStringAsync($"/Reports/Archive/Details/{v2}"));
        Assert.Contains("id=\"archive-superseded\"", await client.GetStringAsync($"/Reports/Archive/Details/{id}"));
        Assert.Contains("id=\"verify-superseded\"", await app.Client().GetStringAsync($"/Verifikasi/{before.VerificationCode}"));
        Assert.Equal(before.FiguresJson, (await ArchiveAsync(id)).FiguresJson);
        Assert.Contains("id=\"finalized-banner\"", await client.GetStringAsync("/Reports/Service?" + Query("A")));
    }

    [Fact]
    public async Task A_figure_added_after_finalization_is_not_shown_as_a_correction()
    {
        var client = await app.SignedInAsync(Utama, Password);
        var id = await FinalizeAsync(client, "B");
        Assert.Contains("id=\"no-corrections\"", await client.GetStringAsync($"/Reports/Archive/Details/{id}"));

        // A report finalized before a figure existed: its stored JSON lacks the key (here "requests.extended", in
        // every unit and in the total) that today's figures have.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var archive = await db.ReportArchives.SingleAsync(a => a.Id == id);
            var json = System.Text.Json.Nodes.JsonNode.Parse(archive.FiguresJson)!;
            foreach (var figures in json["units"]!.AsArray().Append(json["total"]))
                Assert.True(figures!["requests"]!.AsObject().Remove("extended"));
            archive.FiguresJson = json.ToJsonString();
            await db.SaveChangesAsync();
        }

        var details = await client.GetStringAsync($"/Reports/Archive/Details/{id}");
        Assert.Contains("id=\"no-corrections\"", details);
        Assert.DoesNotContain("id=\"corrections-table\"", details);
    }

    [Fact]
    public async Task The_hard_copy_filing_is_recorded_with_its_history_and_audited()
    {
        var client = await app.SignedInAsync(Utama, Password);
        var id = await FinalizeAsync(client, "C");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/Reports/Archive/Details/{id}?handler=Filing";
        var formPage = $"/Reports/Archive/Details/{id}";
        var missing = await AppFactory.PostFormAsync(client, url, new() { ["Filing.FiledOn"] = today, ["Filing.FiledBy"] = "Rina", ["Filing.Cabinet"] = "", ["Filing.Folder"] = "" }, formPage);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Lemari wajib diisi.", await missing.Content.ReadAsStringAsync());

        foreach (var (cabinet, folder) in new[] { ("Lemari 2", "Map Laporan 2026"), ("Lemari 5", "Map Arsip Inaktif") })
        {
            var saved = await AppFactory.PostFormAsync(client, url, new() { ["Filing.FiledOn"] = today, ["Filing.FiledBy"] = "Rina Marlina", ["Filing.Cabinet"] = cabinet, ["Filing.Folder"] = folder, ["Filing.Notes"] = "Dijilid" }, formPage);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var details = await client.GetStringAsync(formPage);
        Assert.Contains("Map Laporan 2026", details);
        Assert.Contains("Map Arsip Inaktif", details);
        Assert.Contains("Lemari: Lemari 5 · map: Map Arsip Inaktif", WebUtility.HtmlDecode(await client.GetStringAsync("/Reports/Archive")));
        Assert.Equal(2, await app.WithDbAsync(db => db.ReportFilings.CountAsync(f => f.ArchiveId == id)));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "report.filing" && a.Subject!.StartsWith("C "))));
    }

    [Fact]
    public async Task A_PPID_Pembantu_sees_only_its_subtrees_archives_and_cannot_finalize_or_file()
    {
        var utama = await app.SignedInAsync(Utama, Password);
        var prov = await FinalizeAsync(utama, "PROV", "2026-01-01", "2026-01-15");
        var b = await FinalizeAsync(utama, "B", "2026-01-01", "2026-01-15");
        var b1 = await FinalizeAsync(utama, "B1", "2026-01-01", "2026-01-15");

        var officer = await app.SignedInAsync(PembantuB, Password);
        var list = await officer.GetStringAsync("/Reports/Archive");
        Assert.Contains($"data-archive=\"{b}\"", list);
        Assert.Contains($"data-archive=\"{b1}\"", list);
        Assert.DoesNotContain($"data-archive=\"{prov}\"", list);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Reports/Archive/Details/{b1}")).StatusCode);
        foreach (var path in new[] { $"/Reports/Archive/Details/{prov}", $"/Reports/Archive/Details/{prov}?handler=Pdf", $"/Reports/Archive/Details/{prov}?handler=Json" })
            Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(path)).StatusCode);

        var finalize = await officer.GetAsync("/Reports/Archive/Finalize?" + Query("B"));
        Assert.Equal(HttpStatusCode.Redirect, finalize.StatusCode);
        Assert.Contains("/Account/AccessDenied", finalize.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var filing = await AppFactory.PostFormAsync(officer, $"/Reports/Archive/Details/{b}?handler=Filing",
            new() { ["Filing.FiledOn"] = "2026-01-20", ["Filing.FiledBy"] = "X", ["Filing.Cabinet"] = "L", ["Filing.Folder"] = "M" }, $"/Reports/Archive/Details/{b}");
        Assert.Equal(HttpStatusCode.Redirect, filing.StatusCode);
        Assert.Contains("/Account/AccessDenied", filing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReportFilings.CountAsync(f => f.ArchiveId == b)));

        var atasan = await app.SignedInAsync("atasan@ppid.test", Password);
        Assert.Equal(HttpStatusCode.OK, (await atasan.GetAsync($"/Reports/Archive/Details/{prov}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await atasan.GetAsync("/Reports/Archive/Finalize?" + Query("PROV"))).StatusCode);
        var anonymous = await app.Client().GetAsync("/Reports/Archive");
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(HttpClient client, string code, byte[] pdf)
    {
        var page = await client.GetStringAsync($"/Verifikasi/{code}");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "laporan.pdf");
        var response = await client.PostAsync($"/Verifikasi/{code}", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("/Reports/Archive/Details/(\\d+)")]
    private static partial Regex DetailsId();
}

public sealed class ArchiveTestsSqlite(SqliteApp app) : ArchiveTests<SqliteApp>(app);

public sealed class ArchiveTestsPostgres(PostgresApp app) : ArchiveTests<PostgresApp>(app);
