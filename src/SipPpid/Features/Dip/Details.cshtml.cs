using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Dip;

/// <summary>An entry of the scope: every column, its documents (downloadable by staff here), history; publish and withdraw.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class DetailsModel(AppDbContext db, CurrentScope scope, SaveDipEntry save, FileStore files, IStringLocalizer<SharedResource> t) : PageModel
{
    public DipEntry Entry { get; private set; } = null!;
    public List<DipEntryEvent> History { get; private set; } = [];
    public string? SourceRequestNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(int id, int documentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var d = Entry.Documents.FirstOrDefault(x => x.Id == documentId);
        if (d is null || await files.ReadAllBytesAsync(d.StorageKey, ct) is not { } bytes) return NotFound();
        return File(bytes, d.ContentType, FileNames.ForDownload(d.ContentType, "DIP", Entry.Unit!.Code, Entry.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await save.PublishAsync(Entry, User, ct);
        TempData["Message"] = t["Entri DIP telah diterbitkan."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await save.WithdrawAsync(Entry, reason, User, ct) is { } error)
        {
            ModelState.AddModelError(error.Field, error.Message);
            await LoadHistoryAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Entri DIP telah ditarik."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var entry = await save.FindAsync(id, await scope.GetAsync(ct), ct);
        if (entry is null) return false;
        Entry = entry;
        if (HttpMethods.IsGet(Request.Method)) await LoadHistoryAsync(ct);
        return true;
    }

    private async Task LoadHistoryAsync(CancellationToken ct)
    {
        History = await db.DipEntryEvents.AsNoTracking().Where(e => e.EntryId == Entry.Id).OrderBy(e => e.Id).ToListAsync(ct);
        if (Entry.SourceRequestId is { } rid)
            SourceRequestNumber = await db.Requests.AsNoTracking().Where(r => r.Id == rid).Select(r => r.RegistrationNumber).FirstOrDefaultAsync(ct);
    }
}
