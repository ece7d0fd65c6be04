using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// The Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56) for any period and unit subtree: cover, the six
/// sections (narratives from the PPID Utama, statistics from <see cref="ServiceReport"/>), signature blocks. One
/// page for screen, print and PDF (`format=pdf`). Always in Bahasa Indonesia (an official document).
/// </summary>
[PdfDownload]
public sealed class ServiceModel(AppDbContext db, ServiceReport report, CurrentScope scope, CurrentBody body, UserManager<AppUser> users, BodyClock clock)
    : PageModel, IPdfDocument
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public ServiceReportResult Report { get; private set; } = null!;
    public ReportNarrative Narrative { get; private set; } = new();
    public Letterhead Letterhead { get; private set; } = null!;
    public Unit TopUnit { get; private set; } = null!;
    public AppUser? Atasan { get; private set; }
    public DateOnly Today => clock.Today;
    public bool CanWrite => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.Admin);

    public string PdfFileName => $"laporan-layanan-informasi-{Report.Unit}-{Report.From}-{Report.To}.pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = (From ?? new DateOnly(clock.Today.Year, 1, 1), To ?? new DateOnly(clock.Today.Year, 12, 31));
        var top = await ReportUnit.ResolveAsync(db, await scope.GetAsync(ct), Unit, ct);
        if (top is null || to < from) return NotFound();
        TopUnit = top;
        Report = (await report.RunAsync(new ServiceReport.Query(from, to, top.Code), ct))!;
        Narrative = await db.ReportNarratives.AsNoTracking().FirstOrDefaultAsync(n => n.From == from && n.To == to && n.UnitCode == top.Code, ct) ?? new();
        Letterhead = Letterhead.For(await body.GetAsync(ct), top);
        Atasan = (await users.GetUsersInRoleAsync(Roles.AtasanPpid)).OrderBy(u => u.FullName, StringComparer.Ordinal).FirstOrDefault();
        return Page();
    }

    public static string Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", Id);

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Id);

    public static string Num(decimal? d) => d?.ToString("0.##", Id) ?? "–";

    public static string Pct(int part, int whole) => whole == 0 ? "–" : (100m * part / whole).ToString("0.#", Id) + "%";
}
