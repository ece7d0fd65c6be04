using System.Net;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dip;

/// <summary>
/// Staff DIP management over HTTP on the demo province: create and edit with field messages, unit scope, withdrawal
/// reasons, documents checked by content, the history, the stale flag and publishing a granted request's answer.
/// </summary>
public abstract class DipManagementTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<DipEntry> EntryAsync(int id) =>
        app.WithDbAsync(db => db.DipEntries.AsNoTracking().Include(e => e.Documents).SingleAsync(e => e.Id == id));

    private Task<List<DipEventKind>> EventsAsync(int id) =>
        app.WithDbAsync(db => db.DipEntryEvents.Where(e => e.EntryId == id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());

    [Fact]
    public async Task Invalid_fields_are_named_and_what_was_typed_is_kept()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var fields = DipTestData.Fields("Profil Dinas Kesehatan 2026");
        fields["Form.Summary"] = "";
        fields["Form.Url"] = "javascript:alert(1)";
        fields["Form.UnitId"] = (await app.WithDbAsync(db => db.Units.Where(u => u.Code == "DINKES").Select(u => u.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await AppFactory.PostFormAsync(dinkes, "/Dip/Create", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Isi ringkasan isi informasi.", html);
        Assert.Contains("diawali http:// atau https://", html);
        Assert.Contains("value=\"Profil Dinas Kesehatan 2026\"", html);
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title == "Profil Dinas Kesehatan 2026")));
    }

    [Fact]
    public async Task An_entry_is_numbered_in_its_unit_published_edited_and_its_history_kept()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var first = await DipTestData.CreateAsync(dinkes, "Rencana Strategis Dinkes");
        var second = await DipTestData.CreateAsync(dinkes, "Laporan Kinerja Dinkes", submit: "draft");
        var a = await EntryAsync(first);
        var b = await EntryAsync(second);
        Assert.Equal(DipStatus.Published, a.Status);
        Assert.NotNull(a.PublishedDate);
        Assert.Equal(DipStatus.Draft, b.Status);
        Assert.Null(b.PublishedDate);
        Assert.Equal(a.Number + 1, b.Number);
        Assert.Equal(a.UnitId, b.UnitId);

        var fields = DipTestData.Fields("Rencana Strategis Dinkes 2025-2029", submit: "draft");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"/Dip/Edit/{first}", fields)).StatusCode);
        Assert.Equal("Rencana Strategis Dinkes 2025-2029", (await EntryAsync(first)).Title);
        Assert.Equal([DipEventKind.Created, DipEventKind.Published, DipEventKind.Updated], await EventsAsync(first));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "dip.updated" && e.Subject!.Contains("2025-2029"))));

        var details = await dinkes.GetStringAsync($"/Dip/Details/{first}");
        Assert.Contains("Diubah", details);
        Assert.Contains("Maret 2026, Pontianak", details);
    }

    [Fact]
    public async Task A_pembantu_officer_neither_sees_nor_edits_another_units_entry()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var id = await DipTestData.CreateAsync(dinkes, "Data Puskesmas Kalbar");
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Dip/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Dip/Edit/{id}")).StatusCode);
        Assert.DoesNotContain("Data Puskesmas Kalbar", await setda.GetStringAsync("/Dip"));
        var response = await AppFactory.PostFormAsync(setda, $"/Dip/Edit/{id}", DipTestData.Fields("Diubah SETDA"), formPage: "/Dip/Create");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Data Puskesmas Kalbar", (await EntryAsync(id)).Title);

        // Nor may it create an entry in another unit's list.
        var dinkesUnit = (await EntryAsync(id)).UnitId;
        var fields = DipTestData.Fields("Entri titipan");
        fields["Form.UnitId"] = dinkesUnit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostFormAsync(setda, "/Dip/Create", fields)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title == "Entri titipan")));
    }

    [Fact]
    public async Task The_ppid_utama_withdraws_a_units_entry_only_with_a_reason_the_unit_sees()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var id = await DipTestData.CreateAsync(dinkes, "Daftar Obat Esensial");
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var refused = await AppFactory.PostFormAsync(utama, $"/Dip/Details/{id}?handler=Withdraw", new() { ["reason"] = " " }, $"/Dip/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tuliskan alasan penarikan", await refused.Content.ReadAsStringAsync());
        Assert.Equal(DipStatus.Published, (await EntryAsync(id)).Status);

        var withdrawn = await AppFactory.PostFormAsync(utama, $"/Dip/Details/{id}?handler=Withdraw",
            new() { ["reason"] = "Memuat data pribadi pasien" }, $"/Dip/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(DipStatus.Withdrawn, (await EntryAsync(id)).Status);
        Assert.Contains("Memuat data pribadi pasien", await dinkes.GetStringAsync("/Dip?status=withdrawn"));
        Assert.Contains("Memuat data pribadi pasien", await dinkes.GetStringAsync($"/Dip/Details/{id}"));

        // The unit republishes it after correcting it.
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"/Dip/Details/{id}?handler=Publish", [], $"/Dip/Details/{id}")).StatusCode);
        var entry = await EntryAsync(id);
        Assert.Equal(DipStatus.Published, entry.Status);
        Assert.Null(entry.WithdrawalReason);
        Assert.Equal([DipEventKind.Created, DipEventKind.Published, DipEventKind.Withdrawn, DipEventKind.Republished], await EventsAsync(id));
    }

    [Fact]
    public async Task Documents_are_checked_by_content_and_kept_in_the_names()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var id = await DipTestData.CreateAsync(dinkes, "Laporan Keuangan 2025");

        var exe = await DipTestData.UploadAsync(dinkes, id, "laporan.pdf", DipTestData.Exe);
        Assert.Equal(HttpStatusCode.OK, exe.StatusCode);
        Assert.Contains("tidak diterima", await exe.Content.ReadAsStringAsync());
        var empty = await DipTestData.UploadAsync(dinkes, id, "kosong.pdf", []);
        Assert.Contains("Pilih berkas", await empty.Content.ReadAsStringAsync());
        Assert.Empty((await EntryAsync(id)).Documents);

        Assert.Equal(HttpStatusCode.Redirect, (await DipTestData.UploadAsync(dinkes, id, "laporan-keuangan.pdf", DipTestData.Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DipTestData.UploadAsync(dinkes, id, "ringkasan.docx", DipTestData.Docx(), "EasyRead")).StatusCode);
        var entry = await EntryAsync(id);
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            entry.Documents.OrderBy(d => d.Id).Select(d => d.ContentType));
        Assert.Equal(DipDocumentKind.EasyRead, entry.Documents.Single(d => d.FileName == "ringkasan.docx").Kind);
        Assert.Equal("laporan-keuangan.pdf ringkasan.docx", entry.DocumentNames);

        var pdf = entry.Documents.Single(d => d.FileName == "laporan-keuangan.pdf");
        var download = await dinkes.GetAsync($"/Dip/Details/{id}?handler=Document&documentId={pdf.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(DipTestData.Pdf, await download.Content.ReadAsByteArrayAsync());
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Dip/Details/{id}?handler=Document&documentId={pdf.Id}")).StatusCode);

        var removed = await AppFactory.PostFormAsync(dinkes, $"/Dip/Edit/{id}?handler=Remove", new() { ["documentId"] = pdf.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/Dip/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("ringkasan.docx", (await EntryAsync(id)).DocumentNames);
        Assert.Equal([DipEventKind.Created, DipEventKind.Published, DipEventKind.DocumentAdded, DipEventKind.DocumentAdded, DipEventKind.DocumentRemoved],
            await EventsAsync(id));
    }

    [Fact]
    public async Task A_berkala_entry_not_updated_for_six_months_is_flagged_to_its_unit_and_the_ppid_utama()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var id = await DipTestData.CreateAsync(dinkes, "Statistik Imunisasi Triwulanan");
        var fresh = await DipTestData.CreateAsync(dinkes, "Statistik Gizi Triwulanan");
        var old = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-7);
        await app.WithDbAsync(db => db.DipEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedDate, old)));

        var stale = await dinkes.GetStringAsync("/Dip?perlu=1");
        Assert.Contains("Statistik Imunisasi Triwulanan", stale);
        Assert.DoesNotContain("Statistik Gizi Triwulanan", stale);
        Assert.Contains("dip-stale", stale);
        Assert.True(fresh > 0);

        var utama = await app.SignedInAsync("utama@ppid.demo");
        var dashboard = await utama.GetStringAsync("/Reports");
        Assert.Contains("/Dip?perlu=1&amp;unit=DINKES", dashboard);
    }

    [Fact]
    public async Task Only_a_granted_answer_is_published_to_the_dip_with_its_documents()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid(unit: "DINKES"));
        await app.ProvidedFileAsync(request.Id, "jawaban.pdf");
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");

        Assert.Contains("dip-refused", await dinkes.GetStringAsync($"/Dip/DariPermohonan/{request.Id}"));
        var fields = DipTestData.Fields("Penerima bantuan sosial", "setiap_saat");
        var refused = await AppFactory.PostFormAsync(dinkes, $"/Dip/DariPermohonan/{request.Id}", fields, "/Dip/Create");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.SourceRequestId == request.Id)));
        Assert.DoesNotContain("publish-to-dip", await dinkes.GetStringAsync($"/Requests/Details/{request.Id}"));

        await app.WithDbAsync(db => db.Requests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Decision, Decision.GrantedPartial).SetProperty(r => r.NoticeDate, r => r.ReceivedDate)));
        Assert.Contains("publish-to-dip", await dinkes.GetStringAsync($"/Requests/Details/{request.Id}"));
        var form = await dinkes.GetStringAsync($"/Dip/DariPermohonan/{request.Id}");
        Assert.Contains("Daftar penerima bantuan sosial tahun 2025", form);
        Assert.Contains("jawaban.pdf", form);
        var created = await AppFactory.PostFormAsync(dinkes, $"/Dip/DariPermohonan/{request.Id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var entry = await app.WithDbAsync(db => db.DipEntries.Include(e => e.Documents).SingleAsync(e => e.SourceRequestId == request.Id));
        Assert.Equal(DipCategory.SetiapSaat, entry.Category);
        Assert.Equal(DipStatus.Published, entry.Status);
        Assert.Equal("jawaban.pdf", Assert.Single(entry.Documents).FileName);

        // Another unit's request does not exist for this officer.
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Dip/DariPermohonan/{request.Id}")).StatusCode);
    }
}

public sealed class DipManagementTestsSqlite(SqliteApp app) : DipManagementTests<SqliteApp>(app);

public sealed class DipManagementTestsPostgres(PostgresApp app) : DipManagementTests<PostgresApp>(app);

/// <summary>The DIP size limit is its own setting: a file over it is refused next to the field, nothing stored.</summary>
public sealed class DipUploadLimitTests : IClassFixture<DipUploadLimitTests.SmallDipUploads>
{
    public sealed class SmallDipUploads() : AppFactory(new Dictionary<string, string> { ["Storage:MaxDipUploadBytes"] = "1048576" });

    private readonly SmallDipUploads _app;

    public DipUploadLimitTests(SmallDipUploads app) => _app = app;

    [Fact]
    public async Task A_file_over_the_dip_limit_is_refused()
    {
        await _app.SeedDemoAsync();
        var dinkes = await _app.SignedInAsync("dinkes@ppid.demo");
        var id = await DipTestData.CreateAsync(dinkes, "Peta Sebaran Penyakit");
        var big = new byte[1024 * 1024 + 1];
        DipTestData.Pdf.CopyTo(big, 0);
        var response = await DipTestData.UploadAsync(dinkes, id, "peta.pdf", big);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lebih dari 1 MB", await response.Content.ReadAsStringAsync());
        Assert.False(await _app.WithDbAsync(db => db.DipDocuments.AnyAsync(d => d.EntryId == id)));

        // At the limit it is stored.
        Assert.Equal(HttpStatusCode.Redirect, (await DipTestData.UploadAsync(dinkes, id, "peta.pdf", big[..(1024 * 1024)])).StatusCode);
    }
}
