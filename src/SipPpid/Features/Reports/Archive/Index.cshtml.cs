using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// The report archive (SOP step 3): every finalized report in the user's unit scope with its period, unit,
/// version, who and when, SHA-256 and hard-copy status, and downloads of the stored PDF and JSON.
/// </summary>
public sealed class IndexModel(AppDbContext db, CurrentScope scope) : PageModel
{
    /// <summary>Only this unit's archives (exact code), when given.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public List<ArchiveRow> Rows { get; private set; } = [];
    public bool CanWrite => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var archives = db.ReportArchives.AsNoTracking().InScope(await scope.GetAsync(ct));
        if (!string.IsNullOrEmpty(Unit)) archives = archives.Where(a => a.UnitCode == Unit);
        Rows = await archives.OrderByDescending(a => a.To).ThenBy(a => a.UnitCode).ThenByDescending(a => a.Version).ToRows(db).ToListAsync(ct);
        return Page();
    }
}
