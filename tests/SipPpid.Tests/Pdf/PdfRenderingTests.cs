using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Pdf;

/// <summary>The demo province with sixty requests registered at the desk in December 2026, for printing.</summary>
internal static partial class PrintData
{
    /// <summary>The last 60 days up to today: every request below is received in it.</summary>
    public static readonly string Period =
        $"Filter.From={Today.AddDays(-60):yyyy-MM-dd}&Filter.To={Today:yyyy-MM-dd}&Filter.Sort=received_asc";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static readonly string[] Names =
        ["Yayasan Pontianak Bersih Lestari", "Lembaga Bantuan Hukum Kalimantan Barat", "Fransiskus Asisi Nugroho", "Hendra Kurniawan Saputra"];

    public static async Task SeedAsync(AppFactory app, int count)
    {
        await app.SeedDemoAsync();
        for (var i = 0; i < count; i++)
        {
            var input = Support.Requests.Valid("DINKES", Names[i % Names.Length]);
            input.ApplicantNik = $"61710123048{i:00000}";
            input.ApplicantEmail = $"pemohon{i}@contoh-pemohon.id";
            input.InformationRequested = "Laporan realisasi anggaran dan daftar paket pengadaan barang/jasa Dinas Kesehatan Provinsi Kalimantan Barat tahun 2025";
            input.Purpose = "Penelitian dan pengawasan publik";
            input.Channel = "letter";
            input.ReceivedDate = Today.AddDays(-1 - i % 28);
            await using var scope = app.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SipPpid.Features.Requests.RegisterRequest>()
                .EnterAtDeskAsync(input, [], new SipPpid.Infrastructure.Auth.Actor(null, "Petugas Uji"), null, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }
    }

    /// <summary>N of "Halaman 1 dari N".</summary>
    public static int Pages(string pdfText) => int.Parse(PageCount().Match(pdfText).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Halaman 1 dari (\d+)")]
    private static partial Regex PageCount();
}

/// <summary>Register Permohonan printed as a paper register: words and NIKs whole, rows packed, a small file.</summary>
public sealed class RegisterPrintTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    private const int Count = 60;

    public Task InitializeAsync() => PrintData.SeedAsync(app, Count);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_register_pdf_keeps_names_and_niks_whole_and_fits_sixty_requests_on_a_few_pages()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var html = await client.GetStringAsync("/Requests/Print?" + PrintData.Period);
        Assert.Contains($"Jumlah: {Count} permohonan", html);

        var response = await client.GetAsync("/Requests/Print?" + PrintData.Period + "&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await PublicForm.PdfTextAsync(pdf);

        // Text wraps at words: a masked NIK and a name's words come out of the PDF whole (they were broken letter by letter).
        Assert.Contains("6171********0042", text);
        Assert.DoesNotContain("6171012304800042", text);
        foreach (var word in new[] { "Lembaga", "Bantuan", "Kalimantan", "Fransiskus", "Kurniawan", "Saputra" }) Assert.Contains(word, text);
        // Ten or more of these long requests a page (three a page before), and a small file (the tagged-PDF tree of a long
        // table is left out).
        Assert.InRange(PrintData.Pages(text), 1, 6);
        Assert.InRange(pdf.Length, 1, 200_000);
    }
}

/// <summary>Chromium is not installed where CHROMIUM_PATH says.</summary>
public sealed class NoChromiumApp() : AppFactory(new Dictionary<string, string> { ["Chromium:Path"] = "/nonexistent/chromium" });

public sealed class PdfWithoutChromiumTests(NoChromiumApp app) : IClassFixture<NoChromiumApp>, IAsyncLifetime
{
    public Task InitializeAsync() => PrintData.SeedAsync(app, 2);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_web_answers_a_friendly_page_naming_the_package_and_offering_the_print_view()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var response = await client.GetAsync("/Requests/Print?" + PrintData.Period + "&format=pdf");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"pdf-unavailable\"", html);
        Assert.Contains("apt-get install chromium", html);
        Assert.Contains("CHROMIUM_PATH", html);
        var print = Regex.Match(html, "id=\"pdf-print-view\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/Requests/Print?", print);
        Assert.DoesNotContain("format=", print, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(WebUtility.HtmlDecode(print))).StatusCode);
    }

    [Fact]
    public async Task The_cli_prints_one_line_naming_chromium_path_and_the_package_and_fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-report-{Guid.NewGuid():N}.pdf");
        var result = await Support.Cli.RunAsync(app.Database, "report", "service", "--from", "2026-01-01", "--to", "2026-12-31",
            "--format", "pdf", "--out", path, "--Chromium:Path=/nonexistent/chromium");
        Assert.NotEqual(0, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains("CHROMIUM_PATH=/nonexistent/chromium", line);
        Assert.Contains("Debian package 'chromium'", line);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal); // no stack trace
        Assert.False(File.Exists(path));
    }
}

/// <summary>One Chromium render at a time, no waiting for a slot.</summary>
public sealed class OnePdfAtATimeApp() : AppFactory(new Dictionary<string, string> { ["Pdf:MaxConcurrentRenders"] = "1", ["Pdf:QueueSeconds"] = "0" });

public sealed class PdfRenderLimitTests(OnePdfAtATimeApp app) : IClassFixture<OnePdfAtATimeApp>, IAsyncLifetime
{
    public Task InitializeAsync() => PrintData.SeedAsync(app, 2);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task With_every_render_slot_busy_a_pdf_answers_503_with_retry_after_then_prints_once_a_slot_is_free()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var url = "/Requests/Print?" + PrintData.Period + "&format=pdf";
        var gate = app.Services.GetRequiredService<PdfRenderGate>();
        using (await gate.EnterAsync(CancellationToken.None))
        {
            var busy = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal("1", busy.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var html = await busy.Content.ReadAsStringAsync();
            Assert.Contains("id=\"pdf-unavailable\"", html);
            Assert.Contains("id=\"pdf-print-view\"", html);
        }

        var printed = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("application/pdf", printed.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Under_the_api_a_busy_render_is_problem_details()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Path = "/api/v1/reports/service";
        var result = Assert.IsType<ObjectResult>(PdfUnavailable.Result(http, PdfUnavailableException.Busy(TimeSpan.FromSeconds(30))));
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(503, Assert.IsType<ProblemDetails>(result.Value).Status);
        Assert.Contains("application/problem+json", result.ContentTypes);
        Assert.Equal("30", http.Response.Headers.RetryAfter.ToString());
    }
}
