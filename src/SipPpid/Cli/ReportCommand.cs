using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Reports;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Pdf;

namespace SipPpid.Cli;

/// <summary>
/// `report service --from DATE --to DATE [--unit CODE] [--format json|csv|xlsx|pdf|html] [--out FILE]`. The pdf and
/// html forms are the web's printable report (/Reports/Service), fetched through the app's own pipeline: the same
/// page, and for pdf the same Chromium printing, as the web's "Unduh PDF".
/// `report survey` is the same for the SKM report (/Survei/Laporan).
/// </summary>
internal static class ReportCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(IServiceProvider services, Func<RequestDelegate> pipeline, TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "First day, YYYY-MM-DD", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, YYYY-MM-DD", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit code (default: the root); the unit and all units below it" };
        var format = new Option<string>("--format") { Description = "json (default), csv, xlsx, pdf or html", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "xlsx", "pdf", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var service = new Command("service", "The service report (Laporan Layanan Informasi Publik figures).") { from, to, unit, format, output };
        service.SetAction(async (pr, ct) =>
        {
            if (!DateOnly.TryParseExact(pr.GetValue(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
                return await FailAsync(stderr, "--from must be a date YYYY-MM-DD");
            if (!DateOnly.TryParseExact(pr.GetValue(to), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return await FailAsync(stderr, "--to must be a date YYYY-MM-DD");
            if (t < f) return await FailAsync(stderr, "--to must not be before --from");
            if (pr.GetValue(format) is "pdf" && services.GetRequiredService<ChromiumPdf>().MissingReason() is { } missing)
                return await FailAsync(stderr, missing);

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(f, t, pr.GetValue(unit)), ct);
            if (report is null) return await FailAsync(stderr, $"--unit: unit '{pr.GetValue(unit)}' does not exist");

            byte[] bytes;
            if (pr.GetValue(format) is "pdf" or "html")
            {
                var page = await InProcessPage.GetAsync(scope.ServiceProvider, pipeline(),
                    $"/Reports/Service?dari={report.From}&sampai={report.To}&unit={Uri.EscapeDataString(report.Unit)}&format={pr.GetValue(format)}", ct);
                if (page.Status != StatusCodes.Status200OK) return await FailAsync(stderr, $"the printable report answered {page.Status}");
                bytes = page.Body;
            }
            else
            {
                bytes = pr.GetValue(format) switch
                {
                    "csv" => ServiceReportTable.Csv(report),
                    "xlsx" => ServiceReportTable.Xlsx(report),
                    _ => JsonSerializer.SerializeToUtf8Bytes(report, Json),
                };
            }

            if (pr.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, bytes, ct);
                await stdout.WriteLineAsync($"Report written to {file.FullName}.");
            }
            else if (pr.GetValue(format) is "xlsx" or "pdf")
            {
                return await FailAsync(stderr, $"--out is required for {pr.GetValue(format)}");
            }
            else
            {
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
                await stdout.WriteLineAsync();
            }

            return 0;
        });
        return new Command("report", "Reports.") { service, Survey(services, pipeline, stdout, stderr) };
    }

    /// <summary>
    /// `report survey --from DATE --to DATE [--unit CODE] [--format json|csv|xlsx|pdf|html] [--out FILE]`: the SKM report
    /// (contracts.md); pdf and html are the web's printable report (/Survei/Laporan), as for `report service`.
    /// </summary>
    private static Command Survey(IServiceProvider services, Func<RequestDelegate> pipeline, TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "First day, YYYY-MM-DD", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, YYYY-MM-DD", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit code (default: the root); the unit and all units below it" };
        var format = new Option<string>("--format") { Description = "json (default), csv, xlsx, pdf or html", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "xlsx", "pdf", "html");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var survey = new Command("survey", "The satisfaction survey report (Laporan Survei Kepuasan Masyarakat figures).") { from, to, unit, format, output };
        survey.SetAction(async (pr, ct) =>
        {
            if (!DateOnly.TryParseExact(pr.GetValue(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
                return await FailAsync(stderr, "--from must be a date YYYY-MM-DD");
            if (!DateOnly.TryParseExact(pr.GetValue(to), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return await FailAsync(stderr, "--to must be a date YYYY-MM-DD");
            if (t < f) return await FailAsync(stderr, "--to must not be before --from");
            if (pr.GetValue(format) is "pdf" && services.GetRequiredService<ChromiumPdf>().MissingReason() is { } missing)
                return await FailAsync(stderr, missing);

            await AppInitializer.InitializeAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var code = pr.GetValue(unit);
            var top = code is null ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.ParentId == null, ct)
                : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
            if (top is null) return await FailAsync(stderr, $"--unit: unit '{code}' does not exist");
            var report = SurveyReportJson.Of(await SurveyTallies.CountAsync(db, top.Path, top.Code, f, t, ct));

            byte[] bytes;
            if (pr.GetValue(format) is "pdf" or "html")
            {
                var page = await InProcessPage.GetAsync(scope.ServiceProvider, pipeline(),
                    $"/Survei/Laporan?dari={report.From}&sampai={report.To}&unit={Uri.EscapeDataString(top.Code)}&format={pr.GetValue(format)}", ct);
                if (page.Status != StatusCodes.Status200OK) return await FailAsync(stderr, $"the printable report answered {page.Status}");
                bytes = page.Body;
            }
            else
            {
                bytes = pr.GetValue(format) switch
                {
                    "csv" => SurveyReportTable.Csv(report),
                    "xlsx" => SurveyReportTable.Xlsx(report),
                    _ => JsonSerializer.SerializeToUtf8Bytes(report, Json),
                };
            }

            return await WriteAsync(bytes, pr.GetValue(format)!, pr.GetValue(output), stdout, stderr, ct);
        });
        return survey;
    }

    private static async Task<int> WriteAsync(byte[] bytes, string format, FileInfo? file, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (file is not null)
        {
            await File.WriteAllBytesAsync(file.FullName, bytes, ct);
            await stdout.WriteLineAsync($"Report written to {file.FullName}.");
        }
        else if (format is "xlsx" or "pdf")
        {
            return await FailAsync(stderr, $"--out is required for {format}");
        }
        else
        {
            await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
            await stdout.WriteLineAsync();
        }

        return 0;
    }

    private static async Task<int> FailAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("error: " + message);
        return 1;
    }
}
