using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Dip;

/// <summary>
/// Edits an entry of the scope (outside it: 404) and its documents. The request size limit is raised to the DIP
/// ceiling (<see cref="StorageOptions.MaxDipUploadCeiling"/>); <see cref="FileStore"/> applies the configured limit per file.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
[RequestSizeLimit(StorageOptions.MaxDipUploadCeiling + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = StorageOptions.MaxDipUploadCeiling + 1024 * 1024)]
public sealed class EditModel(CurrentScope scope, SaveDipEntry save, DipDocuments documents, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public DipForm Form { get; set; } = new();

    public DipEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = DipForm.From(Entry);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? submit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var errors = await save.UpdateAsync(Entry, Form, submit == "publish", User, ct);
        if (errors.Count == 0)
        {
            TempData["Message"] = t["Perubahan entri DIP telah disimpan."].Value;
            return RedirectToPage("Details", new { id });
        }

        foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, DipDocumentKind kind, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        string? error;
        if (upload is null || upload.Length == 0) error = t["Pilih berkas yang akan diunggah."];
        else
        {
            await using var stream = upload.OpenReadStream();
            error = await documents.AddAsync(Entry, stream, upload.FileName, Enum.IsDefined(kind) ? kind : DipDocumentKind.Document, User, ct);
        }

        if (error is null)
        {
            TempData["Message"] = t["Berkas {0} telah diunggah.", FileNames.Display(upload!.FileName)].Value;
            return RedirectToPage(new { id });
        }

        Form = DipForm.From(Entry);
        ModelState.AddModelError("upload", error);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int documentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!await documents.RemoveAsync(Entry, documentId, User, ct)) return NotFound();
        TempData["Message"] = t["Berkas telah dihapus."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Entry = (await save.FindAsync(id, await scope.GetAsync(ct), ct))!;
        return Entry is not null;
    }
}
