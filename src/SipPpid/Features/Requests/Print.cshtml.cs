using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// The Register Permohonan as a printed document (A4 landscape, letterhead, "Halaman X dari Y"; PDF with
/// `format=pdf`): exactly the rows of the register's filter, usually a period and a unit subtree
/// (<c>Filter.Under</c>), from the same query as the list and its CSV/XLSX/JSON exports.
/// </summary>
[PdfDownload]
public sealed class PrintModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, CurrentBody body, BodyClock clock) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true)]
    public RequestFilter Filter { get; set; } = new();

    public List<RegisterExport.Row> Rows { get; private set; } = [];
    public Unit TopUnit { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public string PdfFileName => $"register-permohonan-{TopUnit.Code}-{Filter.From:yyyyMMdd}-{Filter.To:yyyyMMdd}.pdf";

    /// <summary>A year's register is a thousand table rows: without the tagged-PDF tree it is a seventh of the size.</summary>
    public bool PdfTagged => false;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unitScope = await scope.GetAsync(ct);
        var top = await ReportUnit.ResolveAsync(db, unitScope, Filter.Unit ?? Filter.Under, ct);
        if (top is null) return NotFound();
        (TopUnit, Letterhead) = (top, Letterhead.For(await body.GetAsync(ct), top));
        Rows = await db.Requests.AsNoTracking().InScope(unitScope).Matching(Filter, await calendars.GetAsync(ct), clock.Today)
            .ToRegisterRows().ToListAsync(ct);
        return Page();
    }

    /// <summary>The same filter's exports on the register page (CSV, XLSX, JSON).</summary>
    public string Export(string handler) => "/Requests?" + string.Join('&',
        IndexModel.Route(Filter, handler: handler).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));
}
