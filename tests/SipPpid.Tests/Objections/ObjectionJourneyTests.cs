using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Objections;

/// <summary>Objections over HTTP: online and desk filing, the Atasan's decision and letter, disputes, scope and exports.</summary>
public abstract class ObjectionJourneyTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FilePage(InformationRequest r) => $"/Keberatan/Ajukan?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";

    [Fact]
    public async Task Online_filing_checks_code_grounds_and_one_open_objection()
    {
        var granted = await app.SubmitAsync();
        var client = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Keberatan/Ajukan?nomor={Uri.EscapeDataString(granted.RegistrationNumber)}&kode=WRONGCODE1")).StatusCode);

        // Not decided and not late: only ground b fits; a and c are refused with their reasons.
        var refused = await AppFactory.PostFormAsync(client, FilePage(granted), new() { ["Form.Grounds"] = "a", ["Form.CaseDescription"] = "Tidak dijawab." }, FilePage(granted));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Alasan a hanya dapat dipilih", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Objections.AnyAsync(o => o.RequestId == granted.Id)));

        var rejected = await app.RejectedAsync();
        var track = await client.GetStringAsync($"/Lacak?nomor={Uri.EscapeDataString(rejected.RegistrationNumber)}&kode={rejected.TrackingCode}");
        Assert.Contains("id=\"file-objection\"", track);
        var filed = await AppFactory.PostFormAsync(client, FilePage(rejected), new() { ["Form.Grounds"] = "a", ["Form.CaseDescription"] = "Informasi ini bukan rahasia." }, FilePage(rejected));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.StartsWith("/Keberatan/Tanda-Terima", filed.Headers.Location!.OriginalString);
        var o = await app.WithDbAsync(db => db.Objections.SingleAsync(x => x.RequestId == rejected.Id));
        Assert.Matches(@"^\d{4}/KEB-PROV/[IVX]+/\d{4}$", o.ObjectionNumber);
        Assert.Equal("a", o.Grounds);
        Assert.False(o.FiledLate);
        Assert.Equal(Channel.Web, o.Channel);
        Assert.Equal(RequestEventKind.ObjectionFiled, await app.WithDbAsync(db => db.RequestEvents.Where(e => e.RequestId == rejected.Id).OrderBy(e => e.Id).Select(e => e.Kind).LastAsync()));
        Assert.True(await app.WithDbAsync(db => db.Outbox.AnyAsync(m => m.Subject.Contains(o.ObjectionNumber))));
        var receipt = await client.GetStringAsync(filed.Headers.Location!.OriginalString);
        Assert.Contains("TANDA BUKTI PENERIMAAN KEBERATAN", receipt);
        var receiptPdf = await PdfAsync(client, filed.Headers.Location!.OriginalString + "&format=pdf", "receipt");
        Assert.Contains(o.ObjectionNumber, receiptPdf);

        var again = await AppFactory.PostFormAsync(client, FilePage(rejected), new() { ["Form.Grounds"] = "b", ["Form.CaseDescription"] = "Lagi." }, "/Permohonan/Ajukan");
        Assert.Contains("sudah memiliki keberatan yang belum ditanggapi", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Online_filing_after_the_window_is_refused_and_the_desk_records_it_late()
    {
        var old = await app.EnterAtDeskAsync(new DateOnly(2026, 1, 5), unit: "DINKES");
        var client = app.Client();
        var page = await client.GetStringAsync(FilePage(old));
        Assert.Contains("id=\"window-closed\"", page);
        var refused = await AppFactory.PostFormAsync(client, FilePage(old), new() { ["Form.Grounds"] = "c", ["Form.CaseDescription"] = "Tidak pernah dijawab." }, "/Permohonan/Ajukan");
        Assert.Contains("hari terakhir adalah 5 Maret 2026", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await app.WithDbAsync(db => db.Objections.AnyAsync(o => o.RequestId == old.Id)));

        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var desk = $"/Objections/Desk/{old.Id}";
        var recorded = await AppFactory.PostFormAsync(dinkes, desk, new()
        {
            ["Form.ReceivedDate"] = Today,
            ["Form.Channel"] = "letter",
            ["Form.Grounds"] = "c",
            ["Form.CaseDescription"] = "Tidak pernah dijawab.",
            ["Form.ProxyName"] = "Lembaga Bantuan Hukum Pontianak",
            ["Form.ProxyAddress"] = "Jl. Ahmad Yani 1",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var o = await app.WithDbAsync(db => db.Objections.SingleAsync(x => x.RequestId == old.Id));
        Assert.True(o.FiledLate);
        Assert.Matches(@"^\d{4}/KEB-DINKES/[IVX]+/\d{4}$", o.ObjectionNumber);
        var details = await dinkes.GetStringAsync(recorded.Headers.Location!.OriginalString);
        Assert.Contains("id=\"filed-late\"", details);
        Assert.Contains("ditandai terlambat", details);

        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync(desk)).StatusCode);
    }

    [Fact]
    public async Task Only_the_Atasan_decides_and_an_accepted_objection_reopens_the_request()
    {
        var r = await app.RejectedAsync("DINKES");
        var o = await app.FiledAtDeskAsync(r, "a", "d");
        var page = $"/Objections/Details/{o.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Decision.Decision"] = "accepted",
            ["Decision.Date"] = Today,
            ["Decision.Reasons"] = "Informasi tidak termasuk yang dikecualikan.",
            ["Decision.AtasanName"] = "Drs. H. Harisson, M.Si.",
            ["Decision.AtasanPosition"] = "Sekretaris Daerah",
            ["Decision.AtasanNip"] = "196706181993031006",
        };
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var denied = await AppFactory.PostFormAsync(utama, $"{page}?handler=Decide", new(fields), page);
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden
            || (denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal)), denied.StatusCode.ToString());
        Assert.Equal(ObjectionStatus.Registered, await app.WithDbAsync(db => db.Objections.Where(x => x.Id == o.Id).Select(x => x.Status).SingleAsync()));
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AppFactory.PostFormAsync(setda, $"{page}?handler=Decide", new(fields), "/Objections")).StatusCode);
        Assert.DoesNotContain(o.ObjectionNumber, await setda.GetStringAsync("/Objections"));

        var answer = $"/Keberatan/Tanggapan?nomor={Uri.EscapeDataString(o.ObjectionNumber)}&kode={o.TrackingCode}";
        var applicant = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(answer)).StatusCode); // not answered yet

        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        Assert.Contains(o.ObjectionNumber, await atasan.GetStringAsync("/Objections?Filter.Status=registered"));
        var decided = await AppFactory.PostFormAsync(atasan, $"{page}?handler=Decide", new(fields), page);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var request = await app.WithDbAsync(db => db.Requests.SingleAsync(x => x.Id == r.Id));
        Assert.Equal(RequestStatus.InProcess, request.Status);
        Assert.Equal(Decision.RejectedExempt, request.Decision);
        Assert.NotNull(request.NoticeDate);
        var reopened = await app.WithDbAsync(db => db.RequestEvents.SingleAsync(e => e.RequestId == r.Id && e.Kind == RequestEventKind.Reopened));
        Assert.Contains("rejected_exempt", reopened.Data);
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Objections/Letter/{o.Id}")).StatusCode);

        var letter = await PdfAsync(atasan, $"/Objections/Letter/{o.Id}?format=pdf", "answer");
        Assert.Contains("TANGGAPAN ATASAN PPID ATAS KEBERATAN", letter);
        Assert.Contains("☒ Keberatan diterima", letter);
        Assert.Contains("NIP 196706181993031006", letter);
        Assert.Contains(o.ObjectionNumber, letter);
        Assert.Contains("Keberatan diajukan", await utama.GetStringAsync($"/Requests/Details/{r.Id}"));

        // The applicant opens the answer with the objection's number and tracking code (and from the request's tracking page).
        Assert.Contains("TANGGAPAN ATASAN PPID ATAS KEBERATAN", await applicant.GetStringAsync(answer));
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(answer.Replace(o.TrackingCode, "ZZZZZZZZZZ", StringComparison.Ordinal))).StatusCode);
        Assert.Contains("TANGGAPAN ATASAN PPID ATAS KEBERATAN", await PdfAsync(applicant, answer + "&format=pdf", "answer-public"));
        Assert.Contains("/Keberatan/Tanggapan?nomor=", await applicant.GetStringAsync($"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}"));
    }

    [Fact]
    public async Task A_dispute_is_recorded_to_an_outcome_with_a_court_case()
    {
        var r = await app.RejectedAsync("DINKES");
        var o = await app.FiledAtDeskAsync(r, "a");
        var page = $"/Objections/Details/{o.Id}";
        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        var rejectedNoReason = await AppFactory.PostFormAsync(atasan, $"{page}?handler=Decide", new()
        {
            ["Decision.Decision"] = "rejected",
            ["Decision.Date"] = Today,
            ["Decision.AtasanName"] = "Sekda",
            ["Decision.AtasanPosition"] = "Sekretaris Daerah",
        }, page);
        Assert.Contains("Tulis alasan penolakan keberatan.", await rejectedNoReason.Content.ReadAsStringAsync());
        var settled = await AppFactory.PostFormAsync(atasan, $"{page}?handler=Decide", new()
        {
            ["Decision.Decision"] = "settled",
            ["Decision.Date"] = Today,
            ["Decision.AtasanName"] = "Sekda",
            ["Decision.AtasanPosition"] = "Sekretaris Daerah",
        }, page);
        Assert.Contains("alasan b sampai g", await settled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(atasan, $"{page}?handler=Decide", new()
        {
            ["Decision.Decision"] = "rejected",
            ["Decision.Date"] = Today,
            ["Decision.Reasons"] = "Uji konsekuensi tetap berlaku.",
            ["Decision.AtasanName"] = "Sekda",
            ["Decision.AtasanPosition"] = "Sekretaris Daerah",
        }, page)).StatusCode);

        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Response",
            new() { ["ApplicantResponse.Value"] = "goes_to_commission", ["ApplicantResponse.Date"] = Today }, page)).StatusCode);
        Assert.Contains("id=\"dispute-window\"", await dinkes.GetStringAsync(page));
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Dispute",
            new() { ["DisputeForm.CommissionNumber"] = "012/REG-PSI/XI/2026", ["DisputeForm.RegisteredDate"] = Today }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=DisputeUpdate", new()
        {
            ["DisputeForm.Stage"] = "court",
            ["DisputeForm.Outcome"] = "adjudication_for_applicant",
            ["DisputeForm.OutcomeDate"] = Today,
            ["DisputeForm.CourtCase"] = "true",
            ["DisputeForm.CourtName"] = "PTUN",
            ["DisputeForm.CourtCaseNumber"] = "15/G/KI/2026/PTUN.PTK",
            ["DisputeForm.CourtResult"] = "Menguatkan putusan Komisi Informasi",
            ["DisputeForm.CourtResultDate"] = Today,
            ["DisputeForm.Implementation"] = "Informasi diserahkan kepada pemohon.",
        }, page)).StatusCode);

        var d = await app.WithDbAsync(db => db.Disputes.SingleAsync(x => x.ObjectionId == o.Id));
        Assert.Equal(DisputeStage.Court, d.Stage);
        Assert.Equal(DisputeOutcome.AdjudicationForApplicant, d.Outcome);
        Assert.True(d.CourtCase);
        Assert.Equal("PTUN", d.CourtName);
        var kinds = await app.WithDbAsync(db => db.RequestEvents.Where(e => e.RequestId == r.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([RequestEventKind.ObjectionFiled, RequestEventKind.ObjectionDecided, RequestEventKind.ObjectionResponse,
            RequestEventKind.DisputeRegistered, RequestEventKind.DisputeUpdated], kinds.SkipWhile(k => k != RequestEventKind.ObjectionFiled));
        var html = await dinkes.GetStringAsync(page);
        Assert.Contains("15/G/KI/2026/PTUN.PTK", html);
        Assert.Contains("Putusan ajudikasi memenangkan pemohon", html);
        Assert.Contains("012/REG-PSI/XI/2026", await dinkes.GetStringAsync($"/Requests/Details/{r.Id}"));
    }

    [Fact]
    public async Task Register_exports_exactly_the_filtered_rows()
    {
        var a = await app.FiledAtDeskAsync(await app.RejectedAsync("BIRO-HUKUM", "Ani Export"), "a");
        var b = await app.FiledAtDeskAsync(await app.RejectedAsync("BIRO-HUKUM", "Bayu Export"), "b");
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var csv = await setda.GetStringAsync("/Objections?handler=Csv&Filter.Unit=BIRO-HUKUM&Filter.Q=Ani%20Export");
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("objection_number,received_date,applicant_or_proxy,request_number", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(2, lines.Length);
        Assert.Contains(a.ObjectionNumber, lines[1]);

        var xlsx = await setda.GetAsync("/Objections?handler=Xlsx&Filter.Unit=BIRO-HUKUM&Filter.Status=registered");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(new[] { a.ObjectionNumber, b.ObjectionNumber }.Order(), rows.Select(r => (string)r["Nomor keberatan"]).Order());
        Assert.Contains(rows, r => (string)r["Alasan keberatan (Pasal 35 ayat 1)"] == "b" && (string)r["Pemohon / kuasa"] == "Bayu Export");
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.DoesNotContain(a.ObjectionNumber, await dinkes.GetStringAsync("/Objections?handler=Csv"));

        // The printed register lists the same filtered rows, under the unit's letterhead, also as PDF.
        var printed = await setda.GetStringAsync("/Objections/Print?Filter.Unit=BIRO-HUKUM&Filter.Q=Ani%20Export");
        Assert.Contains("REGISTER KEBERATAN", printed);
        Assert.Contains(a.ObjectionNumber, printed);
        Assert.DoesNotContain(b.ObjectionNumber, printed);
        Assert.Contains("BIRO HUKUM", printed);
        var pdf = await PdfAsync(setda, "/Objections/Print?Filter.Unit=BIRO-HUKUM&format=pdf", "register");
        Assert.Contains("REGISTER KEBERATAN", pdf);
        Assert.Contains("2 keberatan", pdf); // cells wrap inside their narrow columns, so the PDF's text is checked by its count
        Assert.DoesNotContain(a.ObjectionNumber, await dinkes.GetStringAsync("/Objections/Print"));
    }

    private static async Task<string> PdfAsync(HttpClient client, string url, string name)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Browser.BrowserFixture.ArtifactPath($"objection-{name}-{typeof(TApp).Name}.pdf"), bytes);
        return Regex.Replace(await PublicForm.PdfTextAsync(bytes), @"\s+", " ");
    }
}

public sealed class ObjectionJourneyTestsSqlite(SqliteApp app) : ObjectionJourneyTests<SqliteApp>(app);

public sealed class ObjectionJourneyTestsPostgres(PostgresApp app) : ObjectionJourneyTests<PostgresApp>(app);
