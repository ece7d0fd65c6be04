using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

/// <summary>
/// A request carried through every officer step over HTTP: PPID Utama routes it, the PPID Pembantu extends,
/// attaches the information, decides and records delivery; another agency's officer gets 404 throughout.
/// </summary>
public abstract class OfficerJourneyTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<InformationRequest> ReloadAsync(int id) => app.WithDbAsync(db => db.Requests.Include(r => r.Unit).SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Route_extend_attach_decide_and_deliver()
    {
        // The applicant submits the public form (with the KTP an individual must attach).
        var applicant = app.Client();
        var submitted = await PublicForm.PostAsync(applicant, await PublicForm.OpenAsync(applicant), PublicForm.Valid("Rudi Perjalanan Penuh"), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var request = await app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.ApplicantName == "Rudi Perjalanan Penuh"));
        Assert.Equal("PROV", (await ReloadAsync(request.Id)).Unit!.Code);
        var page = $"/Requests/Details/{request.Id}";

        var utama = await app.SignedInAsync("utama@ppid.demo");
        Assert.Contains("id=\"inbox-link\"", await utama.GetStringAsync("/Requests"));
        Assert.Contains(request.RegistrationNumber, await utama.GetStringAsync("/Requests?Filter.Status=registered&Filter.Unit=PROV&Filter.Sort=deadline"));
        var routed = await AppFactory.PostFormAsync(utama, $"{page}?handler=Route", new() { ["Step.UnitCode"] = "DINKES", ["Step.Note"] = "Mohon ditindaklanjuti" }, page);
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        Assert.Equal("DINKES", (await ReloadAsync(request.Id)).Unit!.Code);

        // Another agency's officer: the request, its actions and its files do not exist.
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync(page)).StatusCode);
        var foreign = await AppFactory.PostFormAsync(setda, $"{page}?handler=Withdraw", new() { ["Step.Date"] = Today }, "/Units");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain(request.RegistrationNumber, await setda.GetStringAsync("/Requests"));

        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.Contains(request.RegistrationNumber, await dinkes.GetStringAsync("/Requests?Filter.Status=registered&Filter.Unit=DINKES&Filter.Sort=deadline"));
        Assert.DoesNotContain(request.RegistrationNumber, await utama.GetStringAsync("/Requests?Filter.Status=registered&Filter.Unit=PROV"));
        var extended = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Extend", new() { ["Step.Date"] = Today, ["Step.Note"] = "Data masih dihimpun dari UPT" }, page);
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var afterExtension = await ReloadAsync(request.Id);
        Assert.NotNull(afterExtension.ExtensionDate);
        Assert.True(afterExtension.Deadline > request.Deadline);
        var again = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Extend", new() { ["Step.Date"] = Today, ["Step.Note"] = "lagi" }, page);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // the form is gone, the rule answers: only once

        using (var upload = new MultipartFormDataContent())
        {
            var token = await TokenAsync(dinkes, page);
            upload.Add(new StringContent(token), "__RequestVerificationToken");
            var pdf = new ByteArrayContent("%PDF-1.4\n% daftar penerima bantuan\n"u8.ToArray());
            pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(pdf, "upload", "daftar-penerima.pdf");
            Assert.Equal(HttpStatusCode.Redirect, (await dinkes.PostAsync($"{page}?handler=Upload", upload)).StatusCode);
        }

        var badDecision = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "rejected_exempt",
            ["Decision.Reasons"] = "Dikecualikan",
            ["Decision.SignerName"] = "dr. Siti",
        }, page);
        Assert.Equal(HttpStatusCode.OK, badDecision.StatusCode);
        Assert.Contains("wajib mengutip Daftar Informasi yang Dikecualikan", await badDecision.Content.ReadAsStringAsync());
        Assert.Null((await ReloadAsync(request.Id)).Decision);

        var decided = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "granted_full",
            ["Decision.Reasons"] = "Informasi terbuka",
            ["Decision.MaterialProvided"] = "Daftar penerima bantuan 2025 (PDF)",
            ["Decision.ProvidedFormat"] = "softcopy",
            ["Decision.ProvidedDelivery"] = "email",
            ["Decision.TimeNeeded"] = "Hari ini",
            ["Decision.Fee"] = "0",
            ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var delivered = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Deliver", new() { ["Step.Date"] = Today, ["Step.Note"] = "Dikirim melalui e-mail" }, page);
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);

        var final = await ReloadAsync(request.Id);
        Assert.Equal(RequestStatus.Closed, final.Status);
        Assert.Equal(Decision.GrantedFull, final.Decision);
        var kinds = await app.WithDbAsync(db => db.RequestEvents.Where(e => e.RequestId == request.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([RequestEventKind.Received, RequestEventKind.Routed, RequestEventKind.Extended, RequestEventKind.FileAdded,
            RequestEventKind.Decided, RequestEventKind.Delivered], kinds);
        Assert.Contains("Notifikasi e-mail", await dinkes.GetStringAsync(page));
        var mails = await app.WithDbAsync(db => db.Outbox.Where(m => m.RequestId == request.Id).Select(m => m.Subject).ToListAsync());
        Assert.Contains(mails, s => s.Contains("perpanjangan", StringComparison.Ordinal));
        Assert.Contains(mails, s => s.Contains("pemberitahuan tertulis", StringComparison.Ordinal));

        var html = await dinkes.GetStringAsync(page);
        Assert.Contains("Dikabulkan seluruhnya", html);
        var fileId = await app.WithDbAsync(db => db.RequestFiles.Where(f => f.RequestId == request.Id && f.Kind == FileKind.InformationProvided).Select(f => f.Id).SingleAsync());
        var file = await dinkes.GetAsync($"{page}?handler=File&fileId={fileId}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"{page}?handler=File&fileId={fileId}")).StatusCode);

        // The applicant sees the decision on the tracking page and downloads the file and the written notice.
        var track = $"/Lacak?nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}";
        var tracking = await applicant.GetStringAsync(track);
        Assert.Contains("Dikabulkan seluruhnya", tracking);
        Assert.Contains("daftar-penerima.pdf", tracking);
        var download = await applicant.GetAsync($"{track}&handler=Berkas&id={fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync());
        var notice = await applicant.GetAsync($"/Lacak/Surat?nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}&jenis=pemberitahuan");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Contains("PEMBERITAHUAN TERTULIS", await notice.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"{track.Replace(request.TrackingCode, "ZZZZZZZZZZ", StringComparison.Ordinal)}&handler=Berkas&id={fileId}")).StatusCode);
    }

    [Fact]
    public async Task Lists_filter_and_export_exactly_the_filtered_rows_with_masked_nik()
    {
        var a = await app.EnterAtDeskAsync(new DateOnly(2026, 1, 5), unit: "BIRO-HUKUM");
        var b = await app.EnterAtDeskAsync(new DateOnly(2026, 2, 10), "whatsapp", unit: "BIRO-HUKUM");
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var filtered = await setda.GetStringAsync("/Requests?Filter.Channel=whatsapp&Filter.Unit=BIRO-HUKUM");
        Assert.Contains(b.RegistrationNumber, filtered);
        Assert.DoesNotContain(a.RegistrationNumber, filtered);
        Assert.Contains("overdue", await setda.GetStringAsync("/Requests?Filter.State=overdue"), StringComparison.OrdinalIgnoreCase);

        // The deadline filters: a request received today is on track, the ones from January and February are overdue.
        var fresh = await app.EnterAtDeskAsync(DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture), unit: "BIRO-HUKUM");
        var onTrack = await setda.GetStringAsync("/Requests?Filter.State=on_track&Filter.Unit=BIRO-HUKUM");
        Assert.Contains(fresh.RegistrationNumber, onTrack);
        Assert.DoesNotContain(a.RegistrationNumber, onTrack);
        var overdue = await setda.GetStringAsync("/Requests?Filter.State=overdue&Filter.Unit=BIRO-HUKUM");
        Assert.Contains(a.RegistrationNumber, overdue);
        Assert.DoesNotContain(fresh.RegistrationNumber, overdue);
        // A hand-edited drill-down link lists nothing instead of failing.
        var edited = await setda.GetAsync("/Requests?Filter.Figure=days:abc");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("id=\"result-count\">0 permohonan", await edited.Content.ReadAsStringAsync());

        var csv = await setda.GetStringAsync("/Requests?handler=Csv&Filter.Unit=BIRO-HUKUM&Filter.From=2026-01-01&Filter.To=2026-01-31");
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("unit_code,registration_number,received_date,channel", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(2, lines.Length);
        Assert.Contains(a.RegistrationNumber, lines[1]);
        Assert.Contains("6171********0003", lines[1]);
        Assert.DoesNotContain("6171012304850003", csv);

        var xlsx = await setda.GetAsync("/Requests?handler=Xlsx&Filter.Channel=whatsapp");
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]); // a zip container
        using var stream = new MemoryStream(bytes);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Nomor pendaftaran"] == b.RegistrationNumber);
        Assert.All(rows, r => Assert.Equal("whatsapp", r["Saluran"]));
    }

    [Fact]
    public async Task Desk_entry_refuses_a_future_date_and_keeps_what_was_typed()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await AppFactory.PostFormAsync(dinkes, "/Requests/Desk", new()
        {
            ["Form.Channel"] = "letter",
            ["Form.ReceivedDate"] = future,
            ["Form.UnitCode"] = "DINKES",
            ["Form.ApplicantType"] = "individual",
            ["Form.ApplicantName"] = "Siti Aminah",
            ["Form.ApplicantPhone"] = "0812",
            ["Form.InformationRequested"] = "Data stunting 2025",
            ["Form.ObtainMethod"] = "view",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tanggal diterima tidak boleh sesudah hari ini.", html);
        Assert.Contains("Data stunting 2025", html);
        Assert.False(await app.WithDbAsync(db => db.Requests.AnyAsync(r => r.ApplicantName == "Siti Aminah")));

        var ok = await AppFactory.PostFormAsync(dinkes, "/Requests/Desk", new()
        {
            ["Form.Channel"] = "letter",
            ["Form.ReceivedDate"] = "2026-01-05",
            ["Form.UnitCode"] = "DINKES",
            ["Form.ApplicantType"] = "individual",
            ["Form.ApplicantName"] = "Siti Aminah",
            ["Form.ApplicantPhone"] = "0812",
            ["Form.InformationRequested"] = "Data stunting 2025",
            ["Form.ObtainMethod"] = "view",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await app.WithDbAsync(db => db.Requests.SingleAsync(r => r.ApplicantName == "Siti Aminah"));
        Assert.Equal(new DateOnly(2026, 1, 20), stored.Deadline);
        Assert.Equal(Channel.Letter, stored.Channel);
    }

    [Fact]
    public async Task A_desk_form_sent_twice_records_one_request()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var token = System.Text.RegularExpressions.Regex.Match(await dinkes.GetStringAsync("/Requests/Desk"), "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.True(Guid.TryParse(token, out _));
        Dictionary<string, string> Fields() => new()
        {
            ["Token"] = token,
            ["Form.Channel"] = "whatsapp",
            ["Form.ReceivedDate"] = "2026-02-02",
            ["Form.UnitCode"] = "DINKES",
            ["Form.ApplicantType"] = "individual",
            ["Form.ApplicantName"] = "Yusuf Dua Klik",
            ["Form.ApplicantPhone"] = "0812 7777 1111",
            ["Form.InformationRequested"] = "Jadwal vaksinasi keliling 2026",
            ["Form.ObtainMethod"] = "view",
        };

        var first = await AppFactory.PostFormAsync(dinkes, "/Requests/Desk", Fields());
        var second = await AppFactory.PostFormAsync(dinkes, "/Requests/Desk", Fields());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName == "Yusuf Dua Klik")));
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var m = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return m.Groups[1].Value;
    }
}

public sealed class OfficerJourneyTestsSqlite(SqliteApp app) : OfficerJourneyTests<SqliteApp>(app);

public sealed class OfficerJourneyTestsPostgres(PostgresApp app) : OfficerJourneyTests<PostgresApp>(app);
