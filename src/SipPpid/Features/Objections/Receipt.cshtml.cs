using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.PublicRequests;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Objections;

/// <summary>
/// The tanda bukti penerimaan keberatan, for whoever holds the objection number and its tracking code (applicant
/// and officers alike); also as PDF. It shows the objection's status, so it doubles as the applicant's tracking view.
/// </summary>
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
[AllowAnonymous]
[PdfDownload]
public sealed class ReceiptModel(AppDbContext db, CurrentBody body) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public Objection Item { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;

    public string PdfFileName => $"tanda-terima-keberatan-{PublicRequestQueries.FileSafe(Item.ObjectionNumber)}.pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var o = await db.Objections.AsNoTracking().ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (o is null) return NotFound();
        Item = o;
        Letterhead = Letterhead.For(await body.GetAsync(ct), o.Request!.Unit!);
        return Page();
    }

    public string PdfUrl => $"/Keberatan/Tanda-Terima?nomor={Uri.EscapeDataString(Item.ObjectionNumber)}&kode={Item.TrackingCode}&format=pdf";

    public string TrackUrl => $"/Lacak?nomor={Uri.EscapeDataString(Item.Request!.RegistrationNumber)}&kode={Item.Request.TrackingCode}";
}
