using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dik;

/// <summary>
/// The DIK's staff pages through HTTP: a consequence test made on /Dik/Create (and each bad input refused with its
/// message, nothing saved, the input kept), the unit scope, a re-test that supersedes the decree while the old letter
/// still prints its own worksheet, the letter's PDF stored once, and the public verification of its code.
/// </summary>
public abstract class DikPagesTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
        await using var scope = app.Services.CreateAsyncScope();
        _today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<int> UnitIdAsync(string code) => app.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Dictionary<string, string> Form(int unitId, string information, string number, string basis = "17a", DateOnly? end = null, bool noEnd = false) => new()
    {
        ["Dik.UnitId"] = unitId.ToString(CultureInfo.InvariantCulture),
        ["Dik.Information"] = information,
        ["Dik.Basis"] = basis,
        ["Dik.LegalReference"] = "UU 14/2008 Pasal 17 huruf a angka 1",
        ["Dik.Consequence"] = "Membuka berkas dapat menghambat penyidikan yang sedang berjalan.",
        ["Dik.PublicInterest"] = "Penegakan hukum yang tuntas lebih melindungi kepentingan publik.",
        ["Dik.Scope"] = "full",
        ["Dik.PeriodEnd"] = noEnd ? "" : Day(end ?? _today.AddYears(2)),
        ["Dik.NoEndReason"] = noEnd ? "Rahasia selamanya." : "",
        ["Dik.TestTeam"] = "Tim Uji Konsekuensi",
        ["Dik.HeadName"] = "dr. Harisson, M.Kes.",
        ["Dik.HeadAgreedOn"] = Day(_today),
        ["Dik.WorksheetPublic"] = "false",
        ["Dik.DecreeNumber"] = number,
        ["Dik.DecreeDate"] = Day(_today),
        ["Dik.DecreePlace"] = "Pontianak",
        ["Dik.SignatoryName"] = "Drs. Ahmad Rizal, M.Si.",
        ["Dik.SignatoryNip"] = "197003151995031002",
    };

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}";

    /// <summary>Creates an entry through the page; returns its id.</summary>
    private static async Task<int> CreateAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await AppFactory.PostFormAsync(client, "/Dik/Create", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await TextAsync(response));
        return int.Parse(response.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_officer_runs_a_consequence_test_and_the_entry_its_decree_and_history_show()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var dinkes = await UnitIdAsync("DINKES");
        var information = Unique("Berkas penyidikan pengadaan alat kesehatan");
        var number = $"188/{Guid.NewGuid():N}"[..20];
        var id = await CreateAsync(client, Form(dinkes, information, number));

        var entry = await app.WithDbAsync(db => db.DikEntries.AsNoTracking().Include(e => e.Decrees).SingleAsync(e => e.Id == id));
        Assert.Equal((dinkes, "17a", DikStatus.InForce, _today.AddYears(2)), (entry.UnitId, entry.Basis, entry.Status, entry.PeriodEnd!.Value));
        var decree = Assert.Single(entry.Decrees);
        Assert.Equal((number, DikDecreeKind.Initial, (int?)null), (decree.Number, decree.Kind, decree.SupersededById));
        Assert.Equal(1, await app.WithDbAsync(db => db.DikEntryEvents.CountAsync(e => e.EntryId == id && e.Kind == DikEventKind.Created)));

        var details = await TextAsync(await client.GetAsync($"/Dik/Details/{id}"));
        Assert.Contains(information, details, StringComparison.Ordinal);
        Assert.Contains(number, details, StringComparison.Ordinal);
        Assert.Contains("Pasal 17 huruf a — menghambat proses penegakan hukum", details, StringComparison.Ordinal);
        Assert.Contains($"/Dip/DariDik/{id}", details, StringComparison.Ordinal);
        Assert.Contains($"/Dik/Uji/{id}?kind=retest", details, StringComparison.Ordinal);
        Assert.Contains("0 permohonan mengutip", details, StringComparison.Ordinal);

        var list = await TextAsync(await client.GetAsync("/Dik?status=berlaku&dasar=17a"));
        Assert.Contains(information, list, StringComparison.Ordinal);
        Assert.DoesNotContain(information, await TextAsync(await client.GetAsync("/Dik?status=kedaluwarsa")), StringComparison.Ordinal);
        Assert.DoesNotContain(information, await TextAsync(await client.GetAsync("/Dik?dasar=17h")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_its_message_saves_nothing_and_keeps_what_was_typed()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var dinkes = await UnitIdAsync("DINKES");
        var taken = $"188/{Guid.NewGuid():N}"[..20];
        await CreateAsync(client, Form(dinkes, Unique("Nomor dipakai"), taken));

        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (Form(dinkes, Unique("Tanpa akhir"), $"A/{Guid.NewGuid():N}", noEnd: true), "Pengecualian Pasal 17 huruf a–f tidak boleh permanen"),
            (Form(dinkes, Unique("Akhir sebelum surat"), $"B/{Guid.NewGuid():N}", end: _today.AddDays(-1)), "Tanggal berakhir harus sesudah tanggal surat penetapan"),
            (Form(dinkes, Unique("Dasar tak dikenal"), $"C/{Guid.NewGuid():N}", basis: "17z"), "Pilih dasar pengecualian"),
            (Form(dinkes, Unique("Nomor kedua kali"), taken), "Nomor surat penetapan ini sudah dipakai di unit ini."),
        };
        foreach (var (form, message) in cases)
        {
            var information = form["Dik.Information"];
            var response = await AppFactory.PostFormAsync(client, "/Dik/Create", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await TextAsync(response);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("error-summary", html, StringComparison.Ordinal);
            Assert.Contains(information, html, StringComparison.Ordinal); // what was typed is still there
            Assert.False(await app.WithDbAsync(db => db.DikEntries.AnyAsync(e => e.Information == information)), message);
        }

        // The same number in another unit is another unit's decree: allowed (the PPID Utama decrees for DPUPR).
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var other = await CreateAsync(utama, Form(await UnitIdAsync("DPUPR"), Unique("Nomor sama unit lain"), taken));
        Assert.Equal(2, await app.WithDbAsync(db => db.DikDecrees.CountAsync(d => d.Number == taken)));
        Assert.True(other > 0);
    }

    [Fact]
    public async Task A_pembantu_of_another_unit_sees_nothing_of_it()
    {
        var dinkesClient = await app.SignedInAsync("dinkes@ppid.demo");
        var dinkes = await UnitIdAsync("DINKES");
        var information = Unique("Lingkup DINKES");
        var id = await CreateAsync(dinkesClient, Form(dinkes, information, $"S/{Guid.NewGuid():N}"));
        var decreeId = await app.WithDbAsync(db => db.DikDecrees.Where(d => d.EntryId == id).Select(d => d.Id).SingleAsync());

        var pupr = await app.SignedInAsync("pupr@ppid.demo");
        foreach (var url in new[] { $"/Dik/Details/{id}", $"/Dik/Uji/{id}?kind=retest", $"/Dik/Surat/{decreeId}", $"/Dik/Surat/{decreeId}?handler=Pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync(url)).StatusCode);
        Assert.DoesNotContain(information, await TextAsync(await pupr.GetAsync("/Dik")), StringComparison.Ordinal);

        // Posting another unit's id is refused at the unit picker; nothing is saved.
        var refused = await AppFactory.PostFormAsync(pupr, "/Dik/Create", Form(dinkes, Unique("Unit orang lain"), $"X/{Guid.NewGuid():N}"));
        Assert.Contains("Pilih unit di lingkup Anda.", await TextAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.DikEntries.CountAsync(e => e.Information.StartsWith("Unit orang lain"))));

        // The Atasan PPID reads it, but runs no test.
        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, (await atasan.GetAsync($"/Dik/Details/{id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await atasan.GetAsync("/Dik/Create")).StatusCode);
    }

    [Fact]
    public async Task A_retest_supersedes_the_decree_and_the_old_letter_still_prints_its_own_worksheet()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var dinkes = await UnitIdAsync("DINKES");
        var first = $"R1/{Guid.NewGuid():N}"[..24];
        var id = await CreateAsync(client, Form(dinkes, Unique("Uji ulang"), first));
        var oldId = await app.WithDbAsync(db => db.DikDecrees.Where(d => d.EntryId == id).Select(d => d.Id).SingleAsync());

        var page = await TextAsync(await client.GetAsync($"/Dik/Uji/{id}?kind=retest"));
        Assert.Contains("Membuka berkas dapat menghambat penyidikan", page, StringComparison.Ordinal); // prefilled worksheet
        var second = $"R2/{Guid.NewGuid():N}"[..24];
        var form = Form(dinkes, "ignored", second, end: _today.AddYears(3));
        form.Remove("Dik.UnitId");
        form["Dik.Information"] = await app.WithDbAsync(db => db.DikEntries.Where(e => e.Id == id).Select(e => e.Information).SingleAsync());
        form["Dik.Consequence"] = "Konsekuensi hasil uji ulang: penyidikan diperpanjang.";
        form["kind"] = "retest";
        var posted = await AppFactory.PostFormAsync(client, $"/Dik/Uji/{id}?kind=retest", form);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await TextAsync(posted));

        var decrees = await app.WithDbAsync(db => db.DikDecrees.AsNoTracking().Where(d => d.EntryId == id).OrderBy(d => d.Id).ToListAsync());
        Assert.Equal(2, decrees.Count);
        Assert.Equal(decrees[1].Id, decrees[0].SupersededById);
        Assert.Equal((DikDecreeKind.Retest, oldId, (int?)null), (decrees[1].Kind, decrees[1].SupersedesId, decrees[1].SupersededById));
        Assert.Equal(_today.AddYears(3), await app.WithDbAsync(db => db.DikEntries.Where(e => e.Id == id).Select(e => e.PeriodEnd).SingleAsync()));

        var oldLetter = await TextAsync(await client.GetAsync($"/Dik/Surat/{oldId}"));
        Assert.Contains("Membuka berkas dapat menghambat penyidikan", oldLetter, StringComparison.Ordinal);
        Assert.DoesNotContain("Konsekuensi hasil uji ulang", oldLetter, StringComparison.Ordinal);
        Assert.Contains($"digantikan oleh Surat Nomor {second}", oldLetter, StringComparison.Ordinal);
        Assert.Contains("SURAT PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN", oldLetter, StringComparison.Ordinal);
        var newLetter = await TextAsync(await client.GetAsync($"/Dik/Surat/{decrees[1].Id}"));
        Assert.Contains("Konsekuensi hasil uji ulang", newLetter, StringComparison.Ordinal);
        Assert.Contains($"menggantikan Surat Penetapan Klasifikasi Nomor {first}", newLetter, StringComparison.Ordinal);
        Assert.DoesNotContain("DICABUT", newLetter, StringComparison.Ordinal);

        // A second decree with the first's number is refused, and the entry keeps its decree.
        form["Dik.DecreeNumber"] = first;
        var twice = await AppFactory.PostFormAsync(client, $"/Dik/Uji/{id}?kind=correction", form);
        Assert.Contains("sudah dipakai di unit ini", await TextAsync(twice), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.DikDecrees.CountAsync(d => d.EntryId == id)));
    }

    [Fact]
    public async Task The_letter_pdf_is_stored_on_first_print_served_identically_and_verified_by_its_code()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var information = Unique("Surat PDF");
        var id = await CreateAsync(client, Form(await UnitIdAsync("DINKES"), information, $"P/{Guid.NewGuid():N}"[..24]));
        var decree = await app.WithDbAsync(db => db.DikDecrees.AsNoTracking().SingleAsync(d => d.EntryId == id));
        Assert.Null(decree.Pdf);

        var first = await client.GetAsync($"/Dik/Surat/{decree.Id}?handler=Pdf");
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await client.GetByteArrayAsync($"/Dik/Surat/{decree.Id}?handler=Pdf"));
        var stored = await app.WithDbAsync(db => db.DikDecrees.AsNoTracking().SingleAsync(d => d.Id == decree.Id));
        Assert.Equal(bytes, stored.Pdf);
        Assert.Equal(VerificationCodes.Sha256(bytes), stored.PdfSha256);
        Assert.NotNull(stored.PrintedAtUtc);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4), StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("DIK_PDF_OUT") is { Length: > 0 } path) await File.WriteAllBytesAsync(path, bytes);

        // Anyone may check the code; the letter carries the staff-only worksheet, so only staff of the unit download it.
        var anonymous = app.Client();
        var verify = await anonymous.GetAsync($"/Verifikasi/{decree.VerificationCode.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var html = await TextAsync(verify);
        Assert.Contains("Surat Penetapan Klasifikasi Informasi yang Dikecualikan", html, StringComparison.Ordinal);
        Assert.Contains(decree.Number, html, StringComparison.Ordinal);
        Assert.Contains(information, html, StringComparison.Ordinal);
        Assert.Contains(stored.PdfSha256!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Membuka berkas dapat menghambat", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Verifikasi/{decree.VerificationCode}?handler=DikPdf")).StatusCode);
        Assert.Equal(bytes, await client.GetByteArrayAsync($"/Verifikasi/{decree.VerificationCode}?handler=DikPdf"));

        // The holder of the letter checks it by upload: the same bytes match.
        var token = AppFactory.FormToken(html);
        using var upload = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(bytes), "document", "surat.pdf" } };
        var checkedPage = await TextAsync(await anonymous.PostAsync($"/Verifikasi/{decree.VerificationCode}", upload));
        Assert.Contains("verify-match", checkedPage, StringComparison.Ordinal);

        // A superseded decree says so on the verify page.
        var form = Form(0, information, $"P2/{Guid.NewGuid():N}"[..24]);
        form.Remove("Dik.UnitId");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(client, $"/Dik/Uji/{id}?kind=correction", form)).StatusCode);
        Assert.Contains("Dicabut: digantikan oleh Surat Nomor P2/", await TextAsync(await anonymous.GetAsync($"/Verifikasi/{decree.VerificationCode}")), StringComparison.Ordinal);
    }
}

public sealed class SqliteDikPagesTests(SqliteApp app) : DikPagesTests<SqliteApp>(app);

public sealed class PostgresDikPagesTests(PostgresApp app) : DikPagesTests<PostgresApp>(app);
