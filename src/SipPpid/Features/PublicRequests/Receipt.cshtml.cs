using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.PublicRequests;

/// <summary>The receipt (tanda bukti penerimaan), for whoever holds the number and the tracking code; also as PDF.</summary>
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
[PdfDownload]
public sealed class ReceiptModel(AppDbContext db, CurrentBody body) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public InformationRequest InfoRequest { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;

    public string PdfFileName => $"tanda-terima-{PublicRequestQueries.FileSafe(InfoRequest.RegistrationNumber)}.pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Unit).ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (request is null) return NotFound();
        // The receipt is issued by the unit whose register gave the number.
        var unit = request.RegisteredUnitId == request.UnitId
            ? request.Unit!
            : await db.Units.AsNoTracking().FirstAsync(u => u.Id == request.RegisteredUnitId, ct);
        InfoRequest = request;
        Letterhead = Letterhead.For(await body.GetAsync(ct), unit);
        return Page();
    }

    public string PdfUrl => $"/Permohonan/Tanda-Terima?nomor={Uri.EscapeDataString(InfoRequest.RegistrationNumber)}&kode={InfoRequest.TrackingCode}&format=pdf";

    public string TrackUrl => $"/Lacak?nomor={Uri.EscapeDataString(InfoRequest.RegistrationNumber)}&kode={InfoRequest.TrackingCode}";
}
