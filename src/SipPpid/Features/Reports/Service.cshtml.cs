using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Reports.Archive;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// The Laporan Layanan Informasi Publik (Perki 1/2021 Pasal 56) for any period and unit subtree: cover, the six
/// sections (narratives from the PPID Utama, statistics from <see cref="ServiceReport"/>), signature blocks. One
/// page for screen, print and PDF (`format=pdf`). Always in Bahasa Indonesia (an official document). When the
/// period and unit have been finalized, the screen says so and links to the archived copy.
/// </summary>
[PdfDownload]
public sealed class ServiceModel(AppDbContext db, ServiceDocuments documents, CurrentScope scope, BodyClock clock) : PageModel, IPdfDocument
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public ServiceDocument Document { get; private set; } = null!;
    public bool CanWrite => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.Admin);

    /// <summary>The version in force when this period and unit have been finalized.</summary>
    public (int Id, int Version, string When)? Finalized { get; private set; }

    public string PdfFileName => $"laporan-layanan-informasi-{Document.Report.Unit}-{Document.Report.From}-{Document.Report.To}.pdf";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = (From ?? new DateOnly(clock.Today.Year, 1, 1), To ?? new DateOnly(clock.Today.Year, 12, 31));
        var top = await ReportUnit.ResolveAsync(db, await scope.GetAsync(ct), Unit, ct);
        if (top is null || to < from) return NotFound();
        Document = await documents.LoadAsync(top, from, to, ct);
        var latest = await db.ReportArchives.AsNoTracking().Of(top.Id, from, to).OrderByDescending(a => a.Version)
            .Select(a => new { a.Id, a.Version, a.FinalizedAtUtc }).FirstOrDefaultAsync(ct);
        if (latest is not null) Finalized = (latest.Id, latest.Version, clock.FormatInstant(latest.FinalizedAtUtc));
        return Page();
    }

    public static string Date(string iso) => IndonesianDates.Format(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Num(decimal? d) => d?.ToString("0.##", Id) ?? "–";

    public static string Pct(int part, int whole) => whole == 0 ? "–" : (100m * part / whole).ToString("0.#", Id) + "%";
}
