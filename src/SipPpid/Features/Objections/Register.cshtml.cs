using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Calendar;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// The Register Keberatan as a printed document (landscape A4, kop surat, also as PDF): exactly the rows of the list's
/// current filter, with the register columns of domain.md, within the user's unit scope.
/// </summary>
[PdfDownload]
public sealed class RegisterModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock, CurrentBody body) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true)]
    public ObjectionFilter Filter { get; set; } = new();

    public IReadOnlyList<ObjectionRegisterExport.Row> Rows { get; private set; } = [];
    public Letterhead Letterhead { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public string PdfFileName => $"register-keberatan-{clock.Today:yyyyMMdd}.pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        Rows = await db.Objections.AsNoTracking().InScope(await scope.GetAsync(ct)).Matching(Filter, calendar, clock.Today)
            .ToRegisterRows().ToListAsync(ct);
        // The register of a unit's subtree is headed by that unit; the whole register by the PPID Utama.
        var unit = await db.Units.AsNoTracking().Where(u => Filter.Unit != null ? u.Code == Filter.Unit : u.ParentId == null).FirstOrDefaultAsync(ct)
            ?? await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        Letterhead = Letterhead.For(await body.GetAsync(ct), unit);
        return Page();
    }
}
