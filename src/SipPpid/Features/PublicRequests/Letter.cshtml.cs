using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Dik;
using SipPpid.Features.Requests;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.PublicRequests;

/// <summary>
/// The applicant's copy of a letter on the request (written notice, rejection decree, extension notice, delivery
/// receipt), for whoever holds the number and the tracking code; also as PDF. A wrong code answers 404.
/// </summary>
[PdfDownload]
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
public sealed class LetterModel(AppDbContext db, CurrentBody body) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "jenis")]
    public string? Kind { get; set; }

    public LetterView Letter { get; private set; } = null!;

    public string PdfFileName => Letter.FileName;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Unit).ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (r is null || Kind is null || !LetterView.Exists(r, Kind)) return NotFound();
        Letter = new LetterView(r, Letterhead.For(await body.GetAsync(ct), r.Unit!), Kind)
        {
            Citation = await DikCitations.ReadAsync(db, r.DikDecreeId, ct),
        };
        return Page();
    }

    public static string Link(string number, string code, string kind, bool pdf = false) =>
        $"/Lacak/Surat?nomor={Uri.EscapeDataString(number)}&kode={Uri.EscapeDataString(code)}&jenis={kind}{(pdf ? "&format=pdf" : "")}";
}
