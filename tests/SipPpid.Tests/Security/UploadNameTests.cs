using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Uploaded files are downloaded under a name made from what they are (issue 12 item 4), not the name they were
/// uploaded with; the uploaded name is kept as display text only, cleaned of control, bidi and path characters.
/// </summary>
public abstract class UploadNameTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_pdf_html_polyglot_uploaded_as_html_downloads_as_a_pdf_named_after_the_request()
    {
        var applicant = app.Client();
        var polyglot = new PublicForm.Upload("Form.IdentityCard", "polyglot.html", "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>"u8.ToArray());
        var posted = await PublicForm.PostAsync(applicant, await PublicForm.OpenAsync(applicant), PublicForm.Valid("Pemohon Poliglot"), polyglot);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (requestId, number, fileId) = await app.WithDbAsync(db => db.RequestFiles.Where(f => f.Request!.ApplicantName == "Pemohon Poliglot")
            .Select(f => new ValueTuple<int, string, int>(f.RequestId, f.Request!.RegistrationNumber, f.Id)).SingleAsync());

        var utama = await app.SignedInAsync("utama@ppid.demo");
        var download = await utama.GetAsync($"/Requests/Details/{requestId}?handler=File&fileId={fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        var name = download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName;
        Assert.Equal("KTP-" + number.Replace('/', '-') + ".pdf", name);
        // The uploaded name is still shown (as text) on the request's page.
        Assert.Contains("polyglot.html", await utama.GetStringAsync($"/Requests/Details/{requestId}"));
    }

    [Theory]
    [InlineData("KTP-\u202Efdp.exe", "KTP-fdp.exe")]
    [InlineData("shell\0.php", "shell.php")]
    [InlineData("C:\\fakepath\\..\\shell.php", "shell.php")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\u200Fb\u2066c\r\n.pdf", "abc.pdf")]
    [InlineData("\u0007", "berkas")]
    public async Task Uploaded_names_are_kept_without_control_bidi_and_path_characters(string uploaded, string kept)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (stored, error) = await scope.ServiceProvider.GetRequiredService<FileStore>()
            .SaveAsync(new MemoryStream("%PDF-1.4 x"u8.ToArray()), uploaded, CancellationToken.None);
        Assert.Null(error);
        Assert.Equal(kept, stored!.FileName);
    }

    [Fact]
    public async Task Every_kind_downloads_under_its_own_name_with_the_detected_extension()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Pemohon Nama Berkas"));
        var fileId = await app.ProvidedFileAsync(request.Id, "shell.php");
        var file = await app.WithDbAsync(db => db.RequestFiles.SingleAsync(f => f.Id == fileId));
        var slug = request.RegistrationNumber.Replace('/', '-');
        Assert.Equal($"Informasi-{slug}-{fileId}.pdf", file.DownloadName(request.RegistrationNumber));
        file.Kind = FileKind.IdentityCard;
        file.ContentType = "image/png";
        Assert.Equal($"KTP-{slug}.png", file.DownloadName(request.RegistrationNumber));

        // The applicant's download from the tracking page is named the same way.
        var applicant = app.Client();
        var download = await applicant.GetAsync($"/Lacak?handler=Berkas&nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}&id={fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal($"Informasi-{slug}-{fileId}.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }
}

public sealed class UploadNameTestsSqlite(SqliteApp app) : UploadNameTests<SqliteApp>(app);

public sealed class UploadNameTestsPostgres(PostgresApp app) : UploadNameTests<PostgresApp>(app);
