using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>
/// The Surat Penetapan Klasifikasi of a decree of the scope, as a printable letter (always in Bahasa Indonesia), and
/// its PDF (<c>?handler=Pdf</c>): printed on the first download from the decree's frozen worksheet and then kept, so
/// every download is the same file.
/// </summary>
[Authorize(Roles = DikAccess.Readers)]
public sealed class SuratModel(AppDbContext db, CurrentScope scope, DikLetters letters) : PageModel
{
    public DikLetter Letter { get; private set; } = null!;
    public int EntryId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int decreeId, CancellationToken ct)
    {
        var decree = await FindAsync(decreeId, ct);
        if (decree is null) return NotFound();
        EntryId = decree.EntryId;
        Letter = await letters.LetterAsync(decree, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int decreeId, CancellationToken ct) =>
        await FindAsync(decreeId, ct) is not null && await letters.PdfAsync(PageContext, decreeId, ct) is { } file
            ? File(file.Pdf, "application/pdf", file.Name)
            : NotFound();

    /// <summary>The decree when its entry is in the user's scope (the letter itself is not loaded).</summary>
    private async Task<Domain.DikDecree?> FindAsync(int decreeId, CancellationToken ct)
    {
        var inScope = db.DikEntries.AsNoTracking().InScope(await scope.GetAsync(ct)).Select(e => e.Id);
        return await db.DikDecrees.AsNoTracking().Where(d => d.Id == decreeId && inScope.Contains(d.EntryId))
            .Select(d => new Domain.DikDecree
            {
                Id = d.Id,
                EntryId = d.EntryId,
                UnitId = d.UnitId,
                Kind = d.Kind,
                Number = d.Number,
                Date = d.Date,
                Place = d.Place,
                SignatoryName = d.SignatoryName,
                SignatoryNip = d.SignatoryNip,
                PeriodEnd = d.PeriodEnd,
                WorksheetJson = d.WorksheetJson,
                SupersedesId = d.SupersedesId,
                SupersededById = d.SupersededById,
                VerificationCode = d.VerificationCode,
                PdfSha256 = d.PdfSha256,
                PrintedAtUtc = d.PrintedAtUtc,
            })
            .FirstOrDefaultAsync(ct);
    }
}
