using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Cli;

/// <summary>
/// `report service --format html|pdf`: the web's printable report, written by the command. The data is the
/// hand-built January 2026 of <see cref="ServiceReportTests{TApp}"/> (10 requests in the tree, 8 at unit A).
/// </summary>
public abstract class ReportCommandDocumentTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<Support.Cli.Result> ReportAsync(params string[] args) =>
        Support.Cli.RunAsync(app.Database, ["report", "service", "--from", "2026-01-01", "--to", "2026-01-31", .. args]);

    [Fact]
    public async Task Html_is_the_print_view_with_its_figures_and_styles_inlined()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-report-{Guid.NewGuid():N}.html");
        try
        {
            var result = await ReportAsync("--format", "html", "--out", path);
            Assert.True(result.ExitCode == 0, result.Err);
            var html = await File.ReadAllTextAsync(path);
            Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", html);
            Assert.Contains("id=\"report-received\">10<", html);
            Assert.Contains("<style", html);
            Assert.Contains("@page", html);
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("class=\"doc-toolbar\"", html); // a file has no web toolbar

            var toStdout = await ReportAsync("--format", "html", "--unit", "A");
            Assert.Equal(0, toStdout.ExitCode);
            Assert.Contains("id=\"report-received\">8<", toStdout.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Pdf_is_printed_by_chromium_as_on_the_web()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-report-{Guid.NewGuid():N}.pdf");
        try
        {
            var result = await ReportAsync("--unit", "A", "--format", "pdf", "--out", path);
            Assert.True(result.ExitCode == 0, result.Err);
            var pdf = await File.ReadAllBytesAsync(path);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            var text = await PublicForm.PdfTextAsync(pdf);
            Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", text);
            Assert.Contains("Unit A", text);
            Assert.Contains("Selama periode ini diterima 8 permohonan", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
            Assert.Contains("Halaman 1 dari", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Pdf_needs_a_file_and_an_existing_unit()
    {
        var noFile = await ReportAsync("--format", "pdf");
        Assert.Equal(1, noFile.ExitCode);
        Assert.Contains("--out", noFile.Err);
        var noUnit = await ReportAsync("--format", "html", "--unit", "NOPE");
        Assert.Equal(1, noUnit.ExitCode);
        Assert.Contains("NOPE", noUnit.Err);
    }
}

public sealed class SqliteReportCommandDocumentTests(SqliteApp app) : ReportCommandDocumentTests<SqliteApp>(app);

public sealed class PostgresReportCommandDocumentTests(PostgresApp app) : ReportCommandDocumentTests<PostgresApp>(app);
