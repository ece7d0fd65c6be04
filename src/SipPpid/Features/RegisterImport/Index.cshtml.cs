using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Upload of a historical register (CSV or XLSX) by the PPID Utama, an Admin, or a PPID Pembantu officer for the
/// units in its scope. The import runs within the request (100 000 rows take seconds); with "skip invalid rows"
/// the rejects file is kept under the storage folder and served once.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class IndexModel(ImportRegister import, CurrentScope scopes, IOptions<StorageOptions> storage, IStringLocalizer<SharedResource> t) : PageModel
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int ShownErrors = 500;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool SkipInvalid { get; set; }

    public ImportRegister.Result? Result { get; private set; }
    public string? Problem { get; private set; }
    public string? RejectsId { get; private set; }

    /// <summary>The problems to list: the errors of a refused file, or the reasons of the rejected rows.</summary>
    public IReadOnlyList<ImportError> Shown { get; private set; } = [];
    public int NotShown { get; private set; }

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
            var scope = await scopes.GetAsync(ct);
            await using var stream = Upload.OpenReadStream();
            Result = await import.RunAsync(stream, format, new ImportRegister.Options(SkipInvalid, scope.IsAll ? null : scope, User), ct);
            var problems = Result.Succeeded
                ? Result.Rejected.Select(r => new ImportError(r.Line, "", r.Reason)).ToList()
                : Result.Errors.ToList();
            Shown = problems.Take(ShownErrors).ToList();
            NotShown = problems.Count - Shown.Count;
            if (Result.Succeeded && Result.Rejected.Count > 0)
            {
                RejectsId = Guid.NewGuid().ToString("N");
                Directory.CreateDirectory(RejectsFolder);
                await System.IO.File.WriteAllBytesAsync(RejectsPath(RejectsId), RegisterRejects.Csv(Result.Columns, Result.Rejected), ct);
            }
        }

        return Page();
    }

    /// <summary>The rejects file of an import, once: it is deleted when served.</summary>
    public async Task<IActionResult> OnGetRejectsAsync(string id, CancellationToken ct)
    {
        if (!Guid.TryParseExact(id, "N", out _) || !System.IO.File.Exists(RejectsPath(id))) return NotFound();
        var bytes = await System.IO.File.ReadAllBytesAsync(RejectsPath(id), ct);
        System.IO.File.Delete(RejectsPath(id));
        return File(bytes, "text/csv", "register-rejects.csv");
    }

    private string RejectsFolder => Path.Combine(Path.GetFullPath(storage.Value.Path), "import-rejects");

    private string RejectsPath(string id) => Path.Combine(RejectsFolder, id + ".csv");
}
