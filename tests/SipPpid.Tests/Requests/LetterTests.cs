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
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await dinkes.GetAsync($"/Requests/Letter/{request.Id}/pemberitahuan")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Extend",
            new() { ["Step.Date"] = Today, ["Step.Note"] = "Perlu konsultasi dengan pemilik data." }, page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "rejected_exempt",
            ["Decision.ExemptionBasis"] = "17h",
            ["Decision.ConsequenceTest"] = "Membuka data rekam medis mengungkap rahasia pribadi pasien.",
            ["Decision.Reasons"] = "Informasi memuat rekam medis.",
            ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
            ["Decision.SignerNip"] = "198104062008012015",
        }, page)).StatusCode);

        var notice = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/pemberitahuan?format=pdf");
        Assert.Contains("PEMBERITAHUAN TERTULIS", notice);
        Assert.Contains(request.RegistrationNumber, notice);
        Assert.Contains("Pasal 17 huruf h", notice);
        Assert.Contains("Tidak dipungut biaya", notice);
        Assert.Contains("NIP 198104062008012015", notice);
        Assert.Contains("Halaman 1 dari", notice);

        var decree = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/penolakan?format=pdf");
        Assert.Contains("PERMOHONAN INFORMASI DITOLAK", decree);
        Assert.Contains("rahasia pribadi pasien", decree);

        var extension = await PdfAsync(dinkes, $"/Requests/Letter/{request.Id}/perpanjangan?format=pdf");
        Assert.Contains("7 (tujuh) hari kerja", extension);

        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Requests/Letter/{request.Id}/penolakan?format=pdf")).StatusCode);
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
