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

/// <summary>
/// The Tanggapan Atasan PPID atas Keberatan (UU 14/2008 Pasal 36), printable and as PDF; Indonesian only, like every
/// official letter. Exists once the objection is decided; unit scope applies (404 outside it).
/// </summary>
[PdfDownload]
public sealed class LetterModel(AppDbContext db, CurrentScope scope, CurrentBody body) : PageModel, IPdfDocument
{
    public Objection Item { get; private set; } = null!;
    public Letterhead Letterhead { get; private set; } = null!;

    public string PdfFileName => $"tanggapan-keberatan-{PublicRequestQueries.FileSafe(Item.ObjectionNumber)}.pdf";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var o = await db.Objections.AsNoTracking().Include(x => x.Request).ThenInclude(r => r!.Unit).InScope(await scope.GetAsync(ct))
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o?.Decision is null) return NotFound();
        Item = o;
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).FirstAsync(ct);
        Letterhead = Letterhead.For(await body.GetAsync(ct), root);
        return Page();
    }
}
