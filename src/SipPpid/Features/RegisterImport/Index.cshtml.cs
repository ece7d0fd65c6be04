using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Upload of a historical register (CSV or XLSX) by the PPID Utama, an Admin, or a PPID Pembantu officer for the
/// units in its scope. The file is checked for size and kind here and queued; the import runs in the background
/// (<see cref="RegisterImportRunner"/>) and its page shows the progress and then the result.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class IndexModel(RegisterImportJobs jobs, CurrentScope scopes, IStringLocalizer<SharedResource> t) : PageModel
{
    public const long MaxBytes = 20 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool SkipInvalid { get; set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<RegisterImportView> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadRecentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) Problem = t["Pilih berkas CSV atau XLSX."];
        else if (Upload.Length > MaxBytes) Problem = t["Berkas lebih dari {0} MB.", MaxBytes / 1024 / 1024];
        else if (ImportRegister.FormatOf(Upload.FileName) is not { } format) Problem = t["Berkas harus berformat .csv atau .xlsx."];
        else
        {
            var content = new byte[Upload.Length];
            await using (var stream = Upload.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
            if (!LooksLike(content, format)) Problem = format == ImportRegister.FileFormat.Xlsx
                ? t["Isi berkas bukan buku kerja Excel (.xlsx)."]
                : t["Isi berkas bukan teks CSV."];
            else
            {
                var id = await jobs.QueueAsync(User, await scopes.GetAsync(ct), Upload.FileName, content, SkipInvalid, ct);
                return RedirectToPage("Job", new { id });
            }
        }

        await LoadRecentAsync(ct);
        return Page();
    }

    /// <summary>The name says what a file is; the first bytes must agree: an XLSX is a zip, a CSV has no NUL bytes.</summary>
    public static bool LooksLike(ReadOnlySpan<byte> content, ImportRegister.FileFormat format) =>
        TableFiles.LooksLike(content, format == ImportRegister.FileFormat.Xlsx ? TableFormat.Xlsx : TableFormat.Csv);

    private async Task LoadRecentAsync(CancellationToken ct) => Recent = await jobs.RecentAsync(User, await scopes.GetAsync(ct), 10, ct);
}
