using System.Net;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Identity documents follow the NIK's rule (issue 12 item 8): a role that sees the NIK masked cannot download the
/// KTP scan that shows it, and every download of an identity document is in the audit trail.
/// </summary>
public abstract class IdentityDocumentTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Roles_that_see_a_masked_nik_cannot_open_the_ktp_and_each_download_is_audited()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Pemohon Identitas"));
        var ktp = await app.ProvidedFileAsync(request.Id, "ktp-saya.pdf", FileKind.IdentityCard);
        var info = await app.ProvidedFileAsync(request.Id, "informasi.pdf");
        var page = $"/Requests/Details/{request.Id}";

        foreach (var email in new[] { "admin@ppid.demo", "atasan@ppid.demo" })
        {
            var client = await app.SignedInAsync(email);
            var html = await client.GetStringAsync(page);
            Assert.Contains("6171********0003", html);
            Assert.DoesNotContain($"fileId={ktp}", html);
            var denied = await client.GetAsync($"{page}?handler=File&fileId={ktp}");
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}?handler=File&fileId={info}")).StatusCode);
        }

        foreach (var email in new[] { "utama@ppid.demo", "dinkes@ppid.demo" })
        {
            var client = await app.SignedInAsync(email);
            Assert.Contains("6171012304850003", await client.GetStringAsync(page));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}?handler=File&fileId={ktp}")).StatusCode);
        }

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == PersonalData.DownloadAction && a.Subject == request.RegistrationNumber)
            .OrderBy(a => a.Id).Select(a => new { a.UserName, a.Details }).ToListAsync());
        Assert.Equal(["utama@ppid.demo", "dinkes@ppid.demo"], audited.Select(a => a.UserName));
        Assert.All(audited, a => Assert.Contains($"\"fileId\":{ktp}", a.Details, StringComparison.Ordinal));
        // Downloads of other files are not identity documents and are not recorded as such.
        Assert.DoesNotContain(audited, a => a.Details!.Contains($"\"fileId\":{info}", StringComparison.Ordinal));
        // The admin reads the trail on the audit page.
        var admin = await app.SignedInAsync("admin@ppid.demo");
        Assert.Contains(PersonalData.DownloadAction, await admin.GetStringAsync("/Audit"));
    }
}

public sealed class IdentityDocumentTestsSqlite(SqliteApp app) : IdentityDocumentTests<SqliteApp>(app);

public sealed class IdentityDocumentTestsPostgres(PostgresApp app) : IdentityDocumentTests<PostgresApp>(app);
