using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// Finalizing a report: the PPID Utama (or an Admin) confirms the period and unit, sees the versions already
/// archived and what the narrative still lacks, and archives the printed report. PPID Pembantu officers cannot
/// finalize: the report is compiled by the PPID Utama (the body's main PPID, UU 14/2008); they see their subtree's archives.
/// </summary>
[Authorize(Roles = Roles.PpidUtama + "," + Roles.Admin)]
public sealed class FinalizeModel(AppDbContext db, ServiceDocuments documents, FinalizeReport finalize, BodyClock clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public Unit Top { get; private set; } = null!;
    public ServiceDocument Document { get; private set; } = null!;
    public List<ArchiveRow> Versions { get; private set; } = [];

    /// <summary>Narrative sections still empty (the report prints "(belum diisi)" for them).</summary>
    public List<string> EmptySections { get; private set; } = [];

    /// <summary>The officer's explicit "yes, archive it although the period has not ended" (checked on the server).</summary>
    [BindProperty]
    public bool ConfirmProvisional { get; set; }

    /// <summary>The period has not ended: the archived figures would be provisional (ReportPeriod.IsProvisional).</summary>
    public bool Provisional => ReportPeriod.IsProvisional(To, clock.Today);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var top = await documents.TopAsync(Unit, ct);
        if (top is null || To < From || From == default) return NotFound();
        Top = top;
        Document = await documents.LoadAsync(top, From, To, ct);
        Versions = await db.ReportArchives.AsNoTracking().Of(top.Id, From, To).OrderByDescending(a => a.Version).ToRows(db).ToListAsync(ct);
        var n = Document.Narrative;
        EmptySections = NarrativeModel.Sections
            .Where(s => string.IsNullOrWhiteSpace((string?)typeof(ReportNarrative).GetProperty(s.Field)!.GetValue(n)))
            .Select(s => s.Label).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var top = await documents.TopAsync(Unit, ct);
        if (top is null || To < From || From == default) return NotFound();
        if (Provisional && !ConfirmProvisional)
        {
            ModelState.AddModelError(nameof(ConfirmProvisional), t["Periode ini belum berakhir. Centang konfirmasi bila laporan sementara ini memang akan diarsipkan."]);
            return await ShowAsync(ct);
        }

        var archive = await finalize.RunAsync(PageContext, top, From, To, ct);
        return Redirect($"/Reports/Archive/Details/{archive.Id}");
    }
}
