using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.PublicRequests;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;

namespace SipPpid.Features.Objections;

/// <summary>The Atasan PPID's answer to a decided objection, under the letterhead of the PPID Utama (the Atasan's office).</summary>
public sealed record AnswerLetter(Objection Item, Letterhead Letterhead)
{
    public string FileName => $"tanggapan-keberatan-{PublicRequestQueries.FileSafe(Item.ObjectionNumber)}.pdf";

    /// <summary>The answer of <paramref name="o"/> (loaded with its request), or null while it is undecided.</summary>
    public static async Task<AnswerLetter?> ForAsync(AppDbContext db, CurrentBody body, Objection? o, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        if (o?.Decision is null) return null;
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).FirstAsync(ct);
        return new AnswerLetter(o, Letterhead.For(await body.GetAsync(ct), root));
    }
}

/// <summary>
/// The Tanggapan Atasan PPID atas Keberatan (UU 14/2008 Pasal 36), printable and as PDF; Indonesian only, like every
/// official letter. Exists once the objection is decided; unit scope applies (404 outside it).
/// </summary>
[PdfDownload]
public sealed class LetterModel(AppDbContext db, CurrentScope scope, CurrentBody body) : PageModel, IPdfDocument
{
    public AnswerLetter Letter { get; private set; } = null!;

    public string PdfFileName => Letter.FileName;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var o = await db.Objections.AsNoTracking().Include(x => x.Request).ThenInclude(r => r!.Unit).InScope(await scope.GetAsync(ct))
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (await AnswerLetter.ForAsync(db, body, o, ct) is not { } letter) return NotFound();
        Letter = letter;
        return Page();
    }
}
