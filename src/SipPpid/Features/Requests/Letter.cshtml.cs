using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Dik;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;

namespace SipPpid.Features.Requests;

/// <summary>
/// The PPID's letters on a request for the officers, printable and as PDF (<see cref="LetterView"/>). Official
/// letters are always in Bahasa Indonesia (UU 24/2009 Pasal 33), whatever the UI language. Unit scope applies.
/// </summary>
[PdfDownload]
public sealed class LetterModel(AppDbContext db, CurrentScope scope, CurrentBody body) : PageModel, IPdfDocument
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public LetterView Letter { get; private set; } = null!;

    public string PdfFileName => Letter.FileName;

    public async Task<IActionResult> OnGetAsync(int id, string kind, CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Unit).InScope(await scope.GetAsync(ct)).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || !LetterView.Exists(r, kind)) return NotFound();
        Letter = new LetterView(r, Letterhead.For(await body.GetAsync(ct), r.Unit!), kind)
        {
            Citation = await DikCitations.ReadAsync(db, r.DikDecreeId, ct),
        };
        return Page();
    }

    public static string Rupiah(decimal? fee) => (fee ?? 0) == 0 ? "Tidak dipungut biaya" : fee!.Value.ToString("C0", Id);

    public static string Basis(string? basis) => basis switch
    {
        null => "",
        "other_law" => "Undang-undang lain yang mengatur kerahasiaan informasi",
        _ => $"Pasal 17 huruf {basis[2..]} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    };
}
