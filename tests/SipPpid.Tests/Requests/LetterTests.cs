using System.Globalization;
using System.Net;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

/// <summary>The written notice, the rejection decree and the extension notice, printed as PDF by Chromium.</summary>
public abstract class LetterTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_rejection_prints_the_notice_and_the_decree_with_every_element()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Andi Pratama"));
        var page = $"/Requests/Details/{request.Id}";
        var (entry, dikDecree) = await app.EntryAsync("DINKES");
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await dinkes.GetAsync($"/Requests/Letter/{request.Id}/pemberitahuan")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Extend",
            new() { ["Step.Date"] = Today, ["Step.Note"] = "Perlu konsultasi dengan pemilik data." }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "rejected_exempt",
            ["Decision.Dik"] = entry.Id.ToString(CultureInfo.InvariantCulture),
            ["Decision.Reasons"] = "Informasi memuat rekam medis.",
            ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
            ["Decision.SignerNip"] = "198104062008012015",
        }, page)).StatusCode);

        // The items are lettered without a gap where "b. Badan publik yang menguasai informasi" does not apply.
        var letters = System.Text.RegularExpressions.Regex.Matches(
                await dinkes.GetStringAsync($"/Requests/Letter/{request.Id}/pemberitahuan"), @"<th scope=""row"">([a-z])\. ")
            .Select(m => m.Groups[1].Value);
        Assert.Equal("abcdefg", string.Concat(letters));

        var notice = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/pemberitahuan?format=pdf");
        Assert.Contains("PEMBERITAHUAN TERTULIS", notice);
        Assert.Contains(request.RegistrationNumber, notice);
        Assert.Contains("Pasal 17 huruf h", notice);
        Assert.Contains("Tidak dipungut biaya", notice);
        Assert.Contains("NIP 198104062008012015", notice);
        Assert.Contains("Halaman 1 dari", notice);

        var decree = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/penolakan?format=pdf");
        Assert.Contains("PERMOHONAN INFORMASI DITOLAK", decree);
        Assert.Contains("rahasia pribadinya", decree);
        Assert.Contains($"Surat Penetapan Klasifikasi Nomor {dikDecree.Number}", decree);

        var extension = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/perpanjangan?format=pdf");
        Assert.Contains("7 (tujuh) hari kerja", extension);

        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Requests/Letter/{request.Id}/penolakan?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task The_hand_over_receipt_is_printed_and_the_applicant_opens_the_letters_with_the_tracking_code()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Maria Serahterima"));
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var decision = new Dictionary<string, string>
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "granted_full",
            ["Decision.Reasons"] = "Informasi terbuka.",
            ["Decision.MaterialProvided"] = "Profil kesehatan Provinsi Kalimantan Barat 2025 (PDF, 84 halaman)",
            ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
        };
        // A notice that grants says in which form, how and when the information is given (Pasal 22(7)).
        var incomplete = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new(decision) { ["Decision.ProvidedFormat"] = "" }, page);
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        var refused = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("Pilih bentuk informasi yang diberikan.", refused);
        Assert.Contains("Sebutkan waktu penyediaan informasi.", refused);
        decision["Decision.ProvidedFormat"] = "softcopy";
        decision["Decision.ProvidedDelivery"] = "email";
        decision["Decision.TimeNeeded"] = "Hari ini";
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", decision, page)).StatusCode);
        var applicant = app.Client();
        string Public(string kind, string? code = null) =>
            $"/Lacak/Surat?nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={code ?? request.TrackingCode}&jenis={kind}";
        Assert.Equal(HttpStatusCode.NotFound, (await dinkes.GetAsync($"/Requests/Letter/{request.Id}/penyerahan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(Public("penyerahan"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Deliver",
            new() { ["Step.Date"] = Today, ["Step.Note"] = "Dikirim ke maria@example.org" }, page)).StatusCode);
        var receipt = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/penyerahan?format=pdf");
        Assert.Contains("TANDA BUKTI PENYERAHAN INFORMASI PUBLIK", receipt);
        Assert.Contains("Profil kesehatan Provinsi Kalimantan Barat 2025", receipt);
        Assert.Contains("Yang menerima", receipt);
        Assert.Contains("Maria Serahterima", receipt);
        // The signer's NIP comes from the unit's PPID officer when the notice did not name one.
        Assert.Contains("NIP 198104062008012015", receipt);
        Assert.Contains("Halaman 1 dari 1", receipt);

        var tracking = await applicant.GetStringAsync($"/Lacak?nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}");
        Assert.Contains("id=\"track-letters\"", tracking);
        Assert.Contains("Tanda bukti penyerahan informasi", tracking);
        Assert.Contains("PEMBERITAHUAN TERTULIS", await applicant.GetStringAsync(Public("pemberitahuan")));
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(Public("penolakan"))).StatusCode); // not a rejection
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync(Public("pemberitahuan", "ZZZZZZZZZZ"))).StatusCode);
        var copy = await applicant.GetAsync(Public("penyerahan") + "&format=pdf");
        Assert.Equal("application/pdf", copy.Content.Headers.ContentType!.MediaType);
        Assert.Contains("TANDA BUKTI PENYERAHAN", System.Text.RegularExpressions.Regex.Replace(
            await PublicForm.PdfTextAsync(await copy.Content.ReadAsByteArrayAsync()), @"\s+", " "));
    }

    private static async Task<string> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var name = url.Split('/')[4].Split('?')[0];
        await File.WriteAllBytesAsync(Browser.BrowserFixture.ArtifactPath($"letter-{name}-{typeof(TApp).Name}.pdf"), bytes);
        return System.Text.RegularExpressions.Regex.Replace(await PublicForm.PdfTextAsync(bytes), @"\s+", " ");
    }
}

public sealed class LetterTestsSqlite(SqliteApp app) : LetterTests<SqliteApp>(app);

public sealed class LetterTestsPostgres(PostgresApp app) : LetterTests<PostgresApp>(app);
