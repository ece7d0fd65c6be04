using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Settings;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Settings;

/// <summary>The body's logo, uploaded in Profil badan publik, is printed on the kop surat as a data: URI.</summary>
public abstract class LetterheadLogoTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private const string PrintView = "/Requests/Print?Filter.From=2026-01-01&Filter.To=2026-01-02";

    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        var token = AppFactory.FormToken(await client.GetStringAsync("/Settings/Body"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "logo", fileName);
        return await client.PostAsync("/Settings/Body?handler=Logo", form);
    }

    private Task<string?> LogoSettingAsync() => app.WithDbAsync(db => db.GetSettingAsync(SettingKeys.BodyLogo));

    [Fact]
    public async Task An_uploaded_png_is_printed_on_the_letterhead_as_a_data_uri_until_it_is_removed()
    {
        var admin = await app.SignedInAsync("admin@ppid.demo");
        Assert.DoesNotContain("kop-logo", await admin.GetStringAsync(PrintView), StringComparison.Ordinal);

        var saved = await UploadAsync(admin, Png, "logo-kalbar.png");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Logo kop surat telah disimpan.", await admin.GetStringAsync("/Settings/Body"), StringComparison.Ordinal);
        var key = await LogoSettingAsync();
        Assert.False(string.IsNullOrEmpty(key));
        var print = await admin.GetStringAsync(PrintView);
        Assert.Contains("class=\"kop-logo\" src=\"data:image/png;base64," + Convert.ToBase64String(Png) + "\"", print, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "settings.body.logo").ToListAsync());
        Assert.Contains(audit, a => a.Subject == "logo-kalbar.png" && a.UserName == "admin@ppid.demo");

        var removed = await AppFactory.PostFormAsync(admin, "/Settings/Body?handler=RemoveLogo", [], formPage: "/Settings/Body");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True(string.IsNullOrEmpty(await LogoSettingAsync()));
        Assert.DoesNotContain("kop-logo", await admin.GetStringAsync(PrintView), StringComparison.Ordinal);
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Select(a => new { a.Action, a.Subject }).ToListAsync()),
            a => a.Action == "settings.body.logo-remove" && a.Subject == key);
    }

    [Theory]
    [InlineData("html", "Berkas halaman.png bukan gambar PNG atau JPEG.")]
    [InlineData("pdf", "Berkas halaman.png bukan gambar PNG atau JPEG.")]
    [InlineData("large", "Berkas halaman.png lebih dari 1 MB.")]
    public async Task A_file_that_is_no_image_or_too_large_is_refused_and_nothing_changes(string kind, string message)
    {
        var content = kind switch
        {
            "html" => Encoding.UTF8.GetBytes("<!doctype html><script>alert(1)</script>"),
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
            _ => [.. Png, .. new byte[BodyLogo.MaxBytes]],
        };
        var admin = await app.SignedInAsync("admin@ppid.demo");
        var before = await LogoSettingAsync();
        var refused = await UploadAsync(admin, content, "halaman.png");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await LogoSettingAsync());
        Assert.Empty(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Subject == "halaman.png").ToListAsync()));
    }
}

public sealed class LetterheadLogoTestsSqlite(SqliteApp app) : LetterheadLogoTests<SqliteApp>(app);

public sealed class LetterheadLogoTestsPostgres(PostgresApp app) : LetterheadLogoTests<PostgresApp>(app);
