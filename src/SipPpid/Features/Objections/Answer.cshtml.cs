using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Objections;

/// <summary>
/// The applicant's copy of the Atasan PPID's answer, for whoever holds the objection number and its tracking code;
/// also as PDF. The applicant needs it to take the dispute to the Komisi Informasi. 404 while undecided or for a wrong code.
/// </summary>
[AllowAnonymous]
[PdfDownload]
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
public sealed class AnswerModel(AppDbContext db, CurrentBody body) : PageModel, IPdfDocument
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public AnswerLetter Letter { get; private set; } = null!;

    public string PdfFileName => Letter.FileName;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var o = await db.Objections.AsNoTracking().ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (await AnswerLetter.ForAsync(db, body, o, ct) is not { } letter) return NotFound();
        Letter = letter;
        return Page();
    }

    public static string Link(string number, string code, bool pdf = false) =>
        $"/Keberatan/Tanggapan?nomor={Uri.EscapeDataString(number)}&kode={Uri.EscapeDataString(code)}{(pdf ? "&format=pdf" : "")}";
}
