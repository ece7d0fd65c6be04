using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Reports;

/// <summary>The PPID Utama writes the report's narrative sections, kept per period and unit.</summary>
[Authorize(Roles = Roles.PpidUtama + "," + Roles.Admin)]
public sealed class NarrativeModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string Unit { get; set; } = "";

    [BindProperty]
    public ReportNarrative Form { get; set; } = new();

    /// <summary>The TempData key of the "saved" message shown beside the form after a save.</summary>
    public const string SavedKey = "NarrativeSaved";

    /// <summary>When the shown text was last saved and by whom (null before the first save).</summary>
    public (DateTime AtUtc, string? By)? LastSaved { get; private set; }

    public static readonly (string Field, string Label, string Help)[] Sections =
    [
        (nameof(ReportNarrative.Policy), "1. Gambaran umum kebijakan pelayanan informasi publik", "Kebijakan, SOP, dan penetapan PPID."),
        (nameof(ReportNarrative.Facilities), "2a. Sarana dan prasarana", "Ruang layanan, meja informasi, situs web, dan perangkat."),
        (nameof(ReportNarrative.Staff), "2b. Sumber daya manusia", "Jumlah dan kualifikasi petugas pelayanan informasi."),
        (nameof(ReportNarrative.Budget), "2c. Anggaran", "Anggaran pelayanan informasi dan realisasinya."),
        (nameof(ReportNarrative.Obstacles), "5. Kendala internal dan eksternal", "Hambatan dalam pelaksanaan pelayanan informasi."),
        (nameof(ReportNarrative.Recommendations), "6. Rekomendasi dan rencana tindak lanjut", "Langkah perbaikan untuk periode berikutnya."),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Code == Unit, ct) || To < From) return NotFound();
        Form = await db.ReportNarratives.AsNoTracking().FirstOrDefaultAsync(n => n.From == From && n.To == To && n.UnitCode == Unit, ct)
               ?? new ReportNarrative();
        if (Form.UpdatedAtUtc is { } at) LastSaved = (at, Form.UpdatedBy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Code == Unit, ct) || To < From) return NotFound();
        var row = await db.ReportNarratives.FirstOrDefaultAsync(n => n.From == From && n.To == To && n.UnitCode == Unit, ct);
        if (row is null)
        {
            row = new ReportNarrative { From = From, To = To, UnitCode = Unit };
            db.ReportNarratives.Add(row);
        }

        (row.Policy, row.Facilities, row.Staff, row.Budget, row.Obstacles, row.Recommendations) =
            (Clean(Form.Policy), Clean(Form.Facilities), Clean(Form.Staff), Clean(Form.Budget), Clean(Form.Obstacles), Clean(Form.Recommendations));
        (row.UpdatedAtUtc, row.UpdatedBy) = (DateTime.UtcNow, User.Identity?.Name);
        db.Audit(User, "report.narrative", $"{Unit} {From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await db.SaveChangesAsync(ct);
        // Back to the form, which says "Tersimpan" beside its button: the officer sees the save took and may go on writing.
        TempData[SavedKey] = true;
        return Redirect($"/Reports/Narrative?dari={From:yyyy-MM-dd}&sampai={To:yyyy-MM-dd}&unit={Uri.EscapeDataString(Unit)}");
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 8000)];
}
