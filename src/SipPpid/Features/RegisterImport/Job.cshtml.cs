using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// One upload's import: progress while it runs (the status part refreshes itself every second with htmx, or the
/// whole page every two seconds without JavaScript), then the result, the problems and the rejects file. Seen by
/// its uploader and by body-wide importers only; anyone else gets 404.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class JobModel(RegisterImportJobs jobs, CurrentScope scopes) : PageModel
{
    public RegisterImportView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await jobs.FindAsync(id, User, await scopes.GetAsync(ct), ct) is not { } job) return NotFound();
        Job = job;
        return Page();
    }

    /// <summary>The status part alone, for the page's htmx polling.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct)
    {
        if (await jobs.FindAsync(id, User, await scopes.GetAsync(ct), ct) is not { } job) return NotFound();
        return Partial("_JobStatus", job);
    }

    public async Task<IActionResult> OnGetRejectsAsync(Guid id, CancellationToken ct)
    {
        if (await jobs.RejectsAsync(id, User, await scopes.GetAsync(ct), ct) is not { } rejects) return NotFound();
        return File(rejects.Csv, "text/csv", rejects.FileName);
    }
}
