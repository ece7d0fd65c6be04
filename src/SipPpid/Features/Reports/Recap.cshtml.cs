using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// Rekap per Unit: the reconciliation table of <see cref="ServiceReport"/> as a printed document (A4 landscape,
/// letterhead, "Halaman X dari Y"; PDF with `format=pdf`). Its XLSX, CSV and JSON are the dashboard's downloads
/// of the same figures.
/// </summary>
[PdfDownload]
public sealed class RecapModel(AppDbContext db, ServiceReport report, CurrentScope scope, CurrentBody body, BodyClock clock) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public ServiceReportResult Report { get; private set; } = null!;
    public Unit TopUnit { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public string PdfFileName => $"rekap-per-unit-{Report.Unit}-{Report.From}-{Report.To}.pdf";

    /// <summary>The dashboard's query for this period and unit (its downloads).</summary>
    public string Query => $"periode=custom&dari={Report.From}&sampai={Report.To}&unit={Uri.EscapeDataString(Report.Unit)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = (From ?? new DateOnly(clock.Today.Year, 1, 1), To ?? new DateOnly(clock.Today.Year, 12, 31));
        var top = await ReportUnit.ResolveAsync(db, await scope.GetAsync(ct), Unit, ct);
        if (top is null || to < from) return NotFound();
        (TopUnit, Letterhead) = (top, Letterhead.For(await body.GetAsync(ct), top));
        Report = (await report.RunAsync(new ServiceReport.Query(from, to, top.Code), ct))!;
        return Page();
    }
}
