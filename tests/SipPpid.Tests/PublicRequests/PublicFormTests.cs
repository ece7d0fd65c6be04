using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.PublicRequests;

/// <summary>The public form, its receipt (HTML and PDF) and the tracking page over HTTP, on both databases.</summary>
public abstract class PublicFormTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> CountAsync(string name) => app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == name));

    private async Task<InformationRequest> SubmitAsync(string name)
    {
        var client = app.Client();
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), PublicForm.Valid(name), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.ApplicantName == name));
    }

    private static string ReceiptUrl(InformationRequest r, string? code = null) =>
        $"/Permohonan/Tanda-Terima?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={code ?? r.TrackingCode}";

    private static string TrackUrl(InformationRequest r, string? code = null) =>
        $"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={code ?? r.TrackingCode}";

    [Fact]
    public async Task The_form_shows_every_field_and_defaults_to_the_ppid_utama()
    {
        var form = await PublicForm.OpenAsync(app.Client());
        Assert.True(Guid.TryParse(form.Token, out _));
        foreach (var field in new[] { "ApplicantType", "ApplicantName", "ApplicantNik", "ApplicantEmail", "ApplicantPhone", "ApplicantAddress",
                     "ApplicantOccupation", "RepresentedParty", "InformationRequested", "Purpose", "ObtainMethod", "CopyFormat",
                     "DeliveryMethod", "UnitCode", "IdentityCard", "Deed", "PowerOfAttorney" })
            Assert.Contains($"name=\"Form.{field}\"", form.Html);
        Assert.Contains("<option value=\"PROV\" selected=\"selected\">", form.Html);
        Assert.Contains("Jangan isi kolom ini", form.Html);
    }

    [Fact]
    public async Task A_form_with_errors_keeps_what_was_typed_and_shows_indonesian_messages_by_the_fields()
    {
        var client = app.Client();
        var fields = PublicForm.Valid("Ani Salah Isi");
        fields["Form.ApplicantNik"] = "12345";
        fields["Form.InformationRequested"] = "";
        fields["Form.ApplicantAddress"] = "Jl. Tanjungpura No. 5";
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), fields,
            PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("NIK terdiri atas 16 angka.", html);
        Assert.Contains("Wajib diisi.", html);
        Assert.Contains("value=\"Ani Salah Isi\"", html);
        Assert.Contains("value=\"12345\"", html);
        Assert.Contains("Jl. Tanjungpura No. 5</textarea>", html);
        Assert.Contains("id=\"files-dropped\"", html);
        Assert.Contains("is-invalid", html);
        Assert.Equal(0, await CountAsync("Ani Salah Isi"));
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_registers_one_request_and_both_go_to_the_same_receipt()
    {
        var client = app.Client();
        var form = await PublicForm.OpenAsync(client);
        var first = await PublicForm.PostAsync(client, form, PublicForm.Valid("Dedi Dua Kali"), PublicForm.Ktp);
        var second = await PublicForm.PostAsync(client, form, PublicForm.Valid("Dedi Dua Kali"), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.StartsWith("/Permohonan/Tanda-Terima?nomor=", first.Headers.Location!.OriginalString);
        Assert.Equal(1, await CountAsync("Dedi Dua Kali"));
    }

    [Theory]
    [InlineData("individual", "Form.IdentityCard", "Lampirkan pindaian KTP Anda.")]
    [InlineData("organization", "Form.Deed", "Lampirkan akta pendirian atau anggaran dasar")]
    [InlineData("proxy", "Form.PowerOfAttorney", "Lampirkan surat kuasa.")]
    public async Task Each_applicant_type_must_attach_its_documents(string type, string missingField, string message)
    {
        var name = "Tanpa Dokumen " + type;
        var fields = PublicForm.Valid(name);
        fields["Form.ApplicantType"] = type;
        fields["Form.RepresentedParty"] = "Yayasan Pontianak Bersih";
        var all = new[] { PublicForm.Ktp, PublicForm.Deed, PublicForm.PowerOfAttorney };
        var client = app.Client();

        var refused = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), fields, [.. all.Where(u => u.Field != missingField)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync(name));

        var needed = type switch
        {
            "organization" => new[] { PublicForm.Deed },
            "proxy" => [PublicForm.Ktp, PublicForm.PowerOfAttorney],
            _ => [PublicForm.Ktp],
        };
        var accepted = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), fields, needed);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var kinds = await app.WithDbAsync(db => db.RequestFiles.Where(f => f.Request!.ApplicantName == name).Select(f => f.Kind).ToListAsync());
        Assert.Equal(needed.Length, kinds.Count);
    }

    [Fact]
    public async Task The_applicant_withdraws_an_open_request_from_the_tracking_page()
    {
        var r = await SubmitAsync("Tono Menarik Diri");
        var client = app.Client();
        var page = TrackUrl(r);
        Assert.Contains("id=\"track-withdraw\"", await client.GetStringAsync(page));

        var unconfirmed = await AppFactory.PostFormAsync(client, page + "&handler=Tarik", new() { ["Withdrawal.Reason"] = "Sudah dapat dari sumber lain" }, page);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Centang pernyataan", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(RequestStatus.Registered, (await app.WithDbAsync(db => db.Requests.SingleAsync(x => x.Id == r.Id))).Status);

        var wrongCode = await AppFactory.PostFormAsync(client, TrackUrl(r, "ZZZZZZZZZZ") + "&handler=Tarik", new() { ["Withdrawal.Confirm"] = "true" }, page);
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);

        var withdrawn = await AppFactory.PostFormAsync(client, page + "&handler=Tarik",
            new() { ["Withdrawal.Confirm"] = "true", ["Withdrawal.Reason"] = "Sudah dapat dari sumber lain" }, page);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var stored = await app.WithDbAsync(db => db.Requests.SingleAsync(x => x.Id == r.Id));
        Assert.Equal(RequestStatus.Withdrawn, stored.Status);
        Assert.NotNull(stored.WithdrawnDate);
        var e = await app.WithDbAsync(db => db.RequestEvents.SingleAsync(x => x.RequestId == r.Id && x.Kind == RequestEventKind.Withdrawn));
        Assert.Equal("Pemohon", e.ActorName);
        Assert.Contains("Sudah dapat dari sumber lain", e.Note);
        var after = await client.GetStringAsync(page);
        Assert.Contains("Permohonan ditarik kembali", after);
        Assert.DoesNotContain("id=\"track-withdraw\"", after);
        Assert.DoesNotContain("id=\"track-objections\"", after); // nothing to object to, and no "window passed" either
        var objectionPage = $"/Keberatan/Ajukan?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";
        Assert.Contains("id=\"request-withdrawn\"", await client.GetStringAsync(objectionPage));
        var objection = await AppFactory.PostFormAsync(client, objectionPage,
            new() { ["Form.Grounds"] = "b", ["Form.CaseDescription"] = "Tetap keberatan." }, PublicForm.Path);
        Assert.Equal(HttpStatusCode.OK, objection.StatusCode);
        Assert.Contains("sudah ditarik kembali oleh pemohon", await objection.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Objections.AnyAsync(o => o.RequestId == r.Id)));
    }

    [Fact]
    public async Task A_filled_honeypot_registers_nothing()
    {
        var client = app.Client();
        var fields = PublicForm.Valid("Robot Spam");
        fields["Form.Referensi"] = "http://spam.example";
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Permohonan belum dapat diproses", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync("Robot Spam"));
    }

    [Fact]
    public async Task A_pdf_that_is_really_text_is_refused_with_a_message_and_nothing_is_registered()
    {
        var client = app.Client();
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), PublicForm.Valid("Eko Berkas Palsu"),
            new PublicForm.Upload("Form.IdentityCard", "ktp.pdf", "ini hanya teks, bukan PDF"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ktp.pdf bukan PDF, JPEG atau PNG.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await CountAsync("Eko Berkas Palsu"));
    }

    [Fact]
    public async Task A_valid_upload_is_stored_with_the_request()
    {
        var client = app.Client();
        var response = await PublicForm.PostAsync(client, await PublicForm.OpenAsync(client), PublicForm.Valid("Fitri Berkas"),
            new PublicForm.Upload("Form.IdentityCard", "ktp.pdf", "%PDF-1.4\n% test\n"u8.ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kinds = await app.WithDbAsync(db => db.RequestFiles.Where(f => f.Request!.ApplicantName == "Fitri Berkas").Select(f => f.Kind).ToListAsync());
        Assert.Equal([FileKind.IdentityCard], kinds);
    }

    [Fact]
    public async Task The_receipt_needs_the_right_code_and_prints_to_a_pdf_with_the_number_and_the_deadline()
    {
        var r = await SubmitAsync("Gita Tanda Terima");
        var client = app.Client();
        var html = await client.GetStringAsync(ReceiptUrl(r));
        Assert.Contains("TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", html);
        Assert.Contains(r.RegistrationNumber, html);
        var deadline = r.Deadline.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        Assert.Contains(deadline, html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReceiptUrl(r, "ZZZZZZZZZZ"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReceiptUrl(r, "ZZZZZZZZZZ") + "&format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Permohonan/Tanda-Terima?nomor=9999%2FX&kode=" + r.TrackingCode)).StatusCode);

        var pdf = await client.GetAsync(ReceiptUrl(r) + "&format=pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("tanda-terima-", pdf.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        await File.WriteAllBytesAsync(Browser.BrowserFixture.ArtifactPath($"receipt-{GetType().Name}.pdf"), bytes);
        var text = await PublicForm.PdfTextAsync(bytes);
        Assert.Contains(r.RegistrationNumber, text);
        Assert.Contains(deadline, text);
        Assert.Contains("Petugas Pelayanan Informasi", text);
        Assert.Contains("Halaman 1 dari 1", text);
    }

    [Fact]
    public async Task Tracking_shows_the_public_history_the_deadline_day_the_decision_and_the_files_only_with_the_right_code()
    {
        var r = await SubmitAsync("Hadi Lacak");
        var client = app.Client();
        Assert.Contains("id=\"track-form\"", await client.GetStringAsync("/Lacak"));
        var html = await client.GetStringAsync(TrackUrl(r));
        Assert.Contains("Permohonan diterima dan dicatat", html);
        Assert.Contains("hari ke-0 dari 10", html);
        Assert.Contains("Terdaftar", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TrackUrl(r, "ZZZZZZZZZZ"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Lacak?nomor=0000%2FNOPE&kode=" + r.TrackingCode)).StatusCode);

        // The officer decides and provides a file, with an internal note the applicant must not see.
        await app.WithDbAsync(async db =>
        {
            var request = await db.Requests.SingleAsync(x => x.Id == r.Id);
            request.Status = RequestStatus.Decided;
            request.Decision = Decision.GrantedFull;
            request.NoticeDate = request.ReceivedDate;
            db.RequestEvents.Add(new RequestEvent { RequestId = r.Id, Kind = RequestEventKind.Decided, Date = request.ReceivedDate, AtUtc = DateTime.UtcNow, ActorName = "Petugas Rahasia" });
            db.RequestEvents.Add(new RequestEvent { RequestId = r.Id, Kind = RequestEventKind.Note, Date = request.ReceivedDate, AtUtc = DateTime.UtcNow, ActorName = "Petugas Rahasia", Note = "catatan internal" });
            return await db.SaveChangesAsync();
        });
        var fileId = await app.ProvidedFileAsync(r.Id, "rka-dinkes-2026.pdf");

        html = await client.GetStringAsync(TrackUrl(r));
        Assert.Contains("Dikabulkan seluruhnya", html);
        Assert.Contains("Pemberitahuan tertulis diberikan", html);
        Assert.Contains("rka-dinkes-2026.pdf", html);
        Assert.DoesNotContain("Petugas Rahasia", html);
        Assert.DoesNotContain("catatan internal", html);

        var download = await client.GetAsync(TrackUrl(r) + "&handler=Berkas&id=" + fileId);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(TrackUrl(r, "ZZZZZZZZZZ") + "&handler=Berkas&id=" + fileId)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_and_an_unknown_number_get_the_same_answer_the_form_again_with_the_number_kept()
    {
        var r = await SubmitAsync("Tono Salah Kode");
        var client = app.Client();
        const string unknownNumber = "9999/PPID-PROV/I/2026";
        var wrongCode = await client.GetAsync(TrackUrl(r, "ZZZZZZZZZZ"));
        var unknown = await client.GetAsync($"/Lacak?nomor={Uri.EscapeDataString(unknownNumber)}&kode={r.TrackingCode}");

        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(wrongCode.StatusCode, unknown.StatusCode);
        var afterWrongCode = WebUtility.HtmlDecode(await wrongCode.Content.ReadAsStringAsync());
        var afterUnknown = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        const string message = "Nomor pendaftaran dan kode pelacakan tidak cocok. Periksa keduanya pada tanda bukti penerimaan.";
        Assert.Contains("id=\"track-form\"", afterWrongCode);
        Assert.Contains($"value=\"{r.RegistrationNumber}\"", afterWrongCode);
        Assert.Contains($"value=\"{unknownNumber}\"", afterUnknown);
        Assert.Contains($"<a href=\"#nomor\">Nomor pendaftaran: {message}</a>", afterWrongCode);
        Assert.DoesNotContain("id=\"track-status\"", afterWrongCode);
        Assert.DoesNotContain(r.ApplicantName, afterWrongCode);
        // Apart from what was typed, the two pages are the same: nothing tells a known number from an unknown one.
        static string Main(string html, string number, string code) =>
            html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)]
                .Replace(number, "NOMOR", StringComparison.Ordinal).Replace(code, "KODE", StringComparison.Ordinal);
        Assert.Equal(Main(afterWrongCode, r.RegistrationNumber, "ZZZZZZZZZZ"), Main(afterUnknown, unknownNumber, r.TrackingCode));
    }

    [Fact]
    public async Task The_public_home_and_nav_link_to_the_form_and_tracking()
    {
        var html = await app.Client().GetStringAsync("/");
        Assert.Contains("id=\"home-submit\"", html);
        Assert.Contains("id=\"nav-public-submit\"", html);
        Assert.Contains("id=\"nav-public-track\"", html);
    }
}

public sealed class PublicFormTestsSqlite(SqliteApp app) : PublicFormTests<SqliteApp>(app);

public sealed class PublicFormTestsPostgres(PostgresApp app) : PublicFormTests<PostgresApp>(app);
