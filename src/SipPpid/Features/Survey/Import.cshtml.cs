using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Survey;

/// <summary>
/// Upload of paper or earlier survey results (CSV or XLSX) by the PPID Utama, an Admin, or a PPID Pembantu officer for
/// its own units (a row of another unit is refused by line). Imported at once, all or nothing (<see cref="ImportSurvey"/>);
/// the page shows the count or every problem by line and column. The template is the file's columns with two examples.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class ImportModel(ImportSurvey import, CurrentScope scopes, IStringLocalizer<SharedResource> t) : PageModel
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>How many problems the page lists; the count says how many more there are.</summary>
    public const int ShownErrors = 200;

    [BindProperty] public IFormFile? Upload { get; set; }

    public string? Problem { get; private set; }
    public ImportSurvey.Result? Outcome { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The template: the columns of <see cref="SurveyColumns"/> and two example rows.</summary>
    public FileContentResult OnGetTemplate() => File(
        CsvTable.Write(SurveyColumns.All.Select(c => c.Name), SurveyColumns.Examples),
        "text/csv; charset=utf-8", "templat-survei.csv");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) Problem = t["Pilih berkas CSV atau XLSX."];
        else if (Upload.Length > MaxBytes) Problem = t["Berkas lebih dari {0} MB.", MaxBytes / 1024 / 1024];
        else if (TableFiles.FormatOf(Upload.FileName) is not { } format) Problem = t["Berkas harus berformat .csv atau .xlsx."];
        else
        {
            var content = new byte[Upload.Length];
            await using (var stream = Upload.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
            if (!TableFiles.LooksLike(content, format)) Problem = format == TableFormat.Xlsx
                ? t["Isi berkas bukan buku kerja Excel (.xlsx)."]
                : t["Isi berkas bukan teks CSV."];
            else Outcome = await import.RunAsync(new MemoryStream(content), Upload.FileName, format, await scopes.GetAsync(ct), User, ct);
        }

        return Page();
    }
}
