using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Features.RegisterImport;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// Upload of a DIP spreadsheet (CSV or XLSX) by the PPID Utama, an Admin, or a PPID Pembantu officer for its own units
/// (a row of another unit is refused by line). The file is checked like the register upload and imported at once,
/// all or nothing (<see cref="ImportDip"/>); the page shows the counts or every problem by line and column.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class ImportModel(ImportDip import, CurrentScope scopes, IStringLocalizer<SharedResource> t) : PageModel
{
    public const long MaxBytes = 20 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }

    public string? Problem { get; private set; }
    public ImportDip.Result? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) Problem = t["Pilih berkas CSV atau XLSX."];
        else if (Upload.Length > MaxBytes) Problem = t["Berkas lebih dari {0} MB.", MaxBytes / 1024 / 1024];
        else if (ImportRegister.FormatOf(Upload.FileName) is not { } format) Problem = t["Berkas harus berformat .csv atau .xlsx."];
        else
        {
            var content = new byte[Upload.Length];
            await using (var stream = Upload.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
            if (!RegisterImport.IndexModel.LooksLike(content, format)) Problem = format == ImportRegister.FileFormat.Xlsx
                ? t["Isi berkas bukan buku kerja Excel (.xlsx)."]
                : t["Isi berkas bukan teks CSV."];
            else Outcome = await import.RunAsync(new MemoryStream(content), format, await scopes.GetAsync(ct), User, ct);
        }

        return Page();
    }
}
