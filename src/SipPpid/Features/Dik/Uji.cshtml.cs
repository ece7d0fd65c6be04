using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>
/// A new decree for an entry of the scope: <c>kind=retest</c> (uji ulang: a new test that renews or extends the
/// exemption) or <c>kind=correction</c> (koreksi). The worksheet starts as the entry's, the decree's fields empty; the
/// new decree supersedes the one in force, which stays printable as it was signed.
/// </summary>
[Authorize(Roles = DikAccess.Editors)]
public sealed class UjiModel(AppDbContext db, CurrentScope scope, ClassifyInformation classify, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly IReadOnlyDictionary<string, DikDecreeKind> Kinds = new Dictionary<string, DikDecreeKind>(StringComparer.Ordinal)
    {
        ["retest"] = DikDecreeKind.Retest,
        ["correction"] = DikDecreeKind.Correction,
    };

    [BindProperty(Name = "Dik")] public DikForm Dik { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")] public string? KindCode { get; set; }

    public DikDecreeKind Kind => KindCode is not null && Kinds.TryGetValue(KindCode, out var k) ? k : DikDecreeKind.Retest;

    public DikEntry Entry { get; private set; } = null!;

    public string? CurrentDecreeNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Entry.Status == DikStatus.Released) return RedirectToPage("Details", new { id });
        Dik = DikForm.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        if (!ModelState.IsValid)
        {
            foreach (var e in Dik.Validate(t)) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        var (decree, errors) = await classify.RedecreeAsync(Entry, Dik, Kind, User, ct);
        if (decree is null)
        {
            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        TempData["Message"] = t["Surat penetapan nomor {0} ditetapkan dan menggantikan surat sebelumnya.", decree.Number].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var q = tracked ? db.DikEntries : db.DikEntries.AsNoTracking();
        var entry = await q.Include(e => e.Unit).InScope(await scope.GetAsync(ct)).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return false;
        Entry = entry;
        CurrentDecreeNumber = await db.DikDecrees.AsNoTracking().Where(d => d.EntryId == id && d.SupersededById == null).Select(d => d.Number).FirstOrDefaultAsync(ct);
        return true;
    }
}
