using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// Penetapan DIP (PPID Utama, Admin): the decree form, every decree kept (newest first) with its annexes to download,
/// and the entries changed after the latest decree (count and list).
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.PpidUtama)]
public sealed class DecreesModel(AppDbContext db, FixDipDecree fix, DecreeFiles files, BodyClock clock) : PageModel
{
    public const int ChangedListLimit = 200;

    [BindProperty] public DecreeForm Form { get; set; } = new();

    public List<DecreeQueries.DecreeRow> Decrees { get; private set; } = [];
    public int ChangedCount { get; private set; }
    public List<DecreeQueries.ChangedRow> Changed { get; private set; } = [];

    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.Date = clock.Today;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var input = new FixDipDecree.Input(Form.Number, Form.Date!.Value, Form.Place, Form.SignatoryName, Form.SignatoryNip);
            var (decree, error) = await fix.RunAsync(PageContext, input, ct);
            if (decree is not null)
            {
                Done = $"Penetapan DIP versi {decree.Version} ({decree.Number}) disimpan: {decree.EntryCount} informasi.";
                return RedirectToPage();
            }

            ModelState.AddModelError(error!.Field, error.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>An annex's stored PDF (a unit's is printed on its first download).</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct) =>
        await files.GetAsync(PageContext, id, ct) is { } f ? File(f.Pdf, "application/pdf", f.Name) : NotFound();

    private async Task LoadAsync(CancellationToken ct)
    {
        Decrees = await DecreeQueries.ListAsync(db, ct);
        if (Decrees.Count == 0) return;
        var changed = db.DipEntries.AsNoTracking().ChangedSince(Decrees[0].DecreedAtUtc);
        ChangedCount = await changed.CountAsync(ct);
        Changed = await changed.Take(ChangedListLimit).ToListAsync(ct);
    }
}
