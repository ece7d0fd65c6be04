using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// The DIP as it stands now, printed (A4 landscape, letterhead; PDF with <c>format=pdf</c>) or exported
/// (<c>format=csv</c>, <c>format=xlsx</c>): one unit's subtree, or without <c>unit</c> the whole body (consolidated,
/// grouped by unit). Entries changed after the latest Penetapan DIP are marked.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers + "," + Roles.AtasanPpid)]
[PdfDownload]
public sealed class PrintModel(AppDbContext db, CurrentScope scope, CurrentBody body, BodyClock clock) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public Unit TopUnit { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;
    public DipTable Table { get; private set; } = null!;
    public DateOnly Today => clock.Today;
    public bool Consolidated => TopUnit.ParentId is null;

    public string FileName => $"daftar-informasi-publik-{TopUnit.Code}-{Today:yyyyMMdd}";

    public string PdfFileName => FileName + ".pdf";

    public bool PdfTagged => Table.Rows.Count <= 500;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        var top = await ReportUnit.ResolveAsync(db, await scope.GetAsync(ct), Unit, ct);
        if (top is null) return NotFound();
        (TopUnit, Letterhead) = (top, Letterhead.For(await body.GetAsync(ct), top));
        var rows = await db.DipEntries.AsNoTracking().PublishedUnder(top.ParentId is null ? null : top.Path).ToListAsync(ct);
        switch (format)
        {
            case "csv": return File(DipExport.Csv(rows), "text/csv", FileName + ".csv");
            case "xlsx": return File(DipExport.Xlsx(rows), DipExport.XlsxContentType, FileName + ".xlsx");
        }

        var decreed = await db.DipDecrees.AsNoTracking().MaxAsync(d => (DateTime?)d.DecreedAtUtc, ct);
        Table = new DipTable(rows, decreed);
        return Page();
    }

    public string Link(string format) => $"/Dip/Cetak?unit={Uri.EscapeDataString(TopUnit.Code)}&format={format}";
}
