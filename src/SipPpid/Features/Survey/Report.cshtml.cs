using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Survey;

/// <summary>
/// The Laporan Survei Kepuasan Masyarakat of a unit subtree and period (/Survei/Laporan): kop surat, the per-unit and
/// total tables, the chart per element, the respondent profile, the method and the PPID's signature. One page for
/// screen, print and PDF (<c>format=pdf</c>); <c>format=xlsx|csv|json</c> answer the same figures as files (the JSON is
/// the `report survey` contract). Always in Bahasa Indonesia (an official document).
/// </summary>
[Authorize(Policy = Policies.Staff)]
[PdfDownload]
public sealed class ReportModel(AppDbContext db, CurrentScope scope, CurrentBody body, BodyClock clock) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "dari")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "sampai")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }

    public SurveyReport Report { get; private set; } = null!;
    public SurveyProfile Profile { get; private set; } = null!;
    public Unit TopUnit { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public string FileName => $"laporan-skm-{TopUnit.Code}-{Report.From:yyyy-MM-dd}-{Report.To:yyyy-MM-dd}";

    public string PdfFileName => FileName + ".pdf";

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        var (from, to) = (From ?? new DateOnly(clock.Today.Year, 1, 1), To ?? new DateOnly(clock.Today.Year, 12, 31));
        var top = await ReportUnit.ResolveAsync(db, await scope.GetAsync(ct), Unit, ct);
        if (top is null || to < from) return NotFound();
        TopUnit = top;
        Report = await SurveyTallies.CountAsync(db, top.Path, top.Code, from, to, ct);
        switch (format)
        {
            case "json": return File(JsonSerializer.SerializeToUtf8Bytes(SurveyReportJson.Of(Report)), "application/json", FileName + ".json");
            case "csv": return File(SurveyReportTable.Csv(SurveyReportJson.Of(Report)), "text/csv", FileName + ".csv");
            case "xlsx": return File(SurveyReportTable.Xlsx(SurveyReportJson.Of(Report)), SurveyReportTable.XlsxContentType, FileName + ".xlsx");
        }

        Letterhead = Letterhead.For(await body.GetAsync(ct), top);
        Profile = await SurveyProfile.CountAsync(db, top.Path, from, to, ct);
        return Page();
    }

    public string Query => $"dari={Report.From:yyyy-MM-dd}&sampai={Report.To:yyyy-MM-dd}&unit={Uri.EscapeDataString(TopUnit.Code)}";
}
