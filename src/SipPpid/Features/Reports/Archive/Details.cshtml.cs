using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// One archived report: its record, the stored PDF and JSON (the bytes as archived), the other versions, the
/// hard-copy filing records (the PPID Utama adds one; all are kept), and "Koreksi setelah final" — the figures that
/// differ today and the request events recorded after the finalization instant. Out of scope answers 404.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentScope scope, ArchiveCorrections corrections, BodyClock clock,
    IOptions<PpidOptions> options, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class FilingInput
    {
        [Required(ErrorMessage = "Tanggal pengarsipan wajib diisi.")]
        public DateOnly? FiledOn { get; set; }

        [Required(ErrorMessage = "Nama petugas yang mengarsipkan wajib diisi."), StringLength(200)]
        public string? FiledBy { get; set; }

        [Required(ErrorMessage = "Lemari wajib diisi."), StringLength(200)]
        public string? Cabinet { get; set; }

        [Required(ErrorMessage = "Map wajib diisi."), StringLength(200)]
        public string? Folder { get; set; }

        [StringLength(2000)]
        public string? Notes { get; set; }
    }

    [BindProperty]
    public FilingInput Filing { get; set; } = new();

    public ArchiveRow Item { get; private set; } = null!;
    public List<ArchiveRow> Versions { get; private set; } = [];
    public List<ReportFiling> Filings { get; private set; } = [];
    public IReadOnlyList<FigureChange> Changes { get; private set; } = [];
    public IReadOnlyList<LateEvent> LateEvents { get; private set; } = [];
    public string VerifyUrl => VerificationCodes.VerifyUrl(options.Value.PublicBaseUrl, Item.Code);
    public bool CanWrite => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (Filing.FiledOn, Filing.FiledBy) = (clock.Today, Actor.From(User).Name);
        return Page();
    }

    /// <summary>The stored PDF, byte for byte.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        var file = await (await InScopeAsync(ct)).Where(a => a.Id == id).Select(a => new { a.Pdf, a.UnitCode, a.From, a.To, a.Version }).FirstOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Pdf, "application/pdf", $"{FileName(file.UnitCode, file.From, file.To, file.Version)}.pdf");
    }

    /// <summary>The stored figures JSON, as the engine produced it at finalization.</summary>
    public async Task<IActionResult> OnGetJsonAsync(int id, CancellationToken ct)
    {
        var file = await (await InScopeAsync(ct)).Where(a => a.Id == id).Select(a => new { a.FiguresJson, a.UnitCode, a.From, a.To, a.Version }).FirstOrDefaultAsync(ct);
        return file is null ? NotFound() : File(Encoding.UTF8.GetBytes(file.FiguresJson), "application/json", $"{FileName(file.UnitCode, file.From, file.To, file.Version)}.json");
    }

    public async Task<IActionResult> OnPostFilingAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanWrite) return Forbid();
        if (Filing.FiledOn > clock.Today)
            ModelState.AddModelError("Filing.FiledOn", t["Tanggal pengarsipan tidak boleh sesudah hari ini."]);
        if (Filing.FiledOn < DateOnly.FromDateTime(clock.ToLocal(Item.FinalizedAtUtc)))
            ModelState.AddModelError("Filing.FiledOn", t["Tanggal pengarsipan tidak boleh sebelum laporan difinalkan."]);
        if (!ModelState.IsValid) return Page();

        var filing = new ReportFiling
        {
            ArchiveId = id,
            FiledOn = Filing.FiledOn!.Value,
            FiledBy = Filing.FiledBy!.Trim(),
            Cabinet = Filing.Cabinet!.Trim(),
            Folder = Filing.Folder!.Trim(),
            Notes = string.IsNullOrWhiteSpace(Filing.Notes) ? null : Filing.Notes.Trim(),
            RecordedAtUtc = clock.UtcNow,
            RecordedByUserId = Actor.From(User).UserId,
            RecordedByName = Actor.From(User).Name,
        };
        db.ReportFilings.Add(filing);
        db.Audit(User, "report.filing", $"{Item.UnitCode} {Item.From:yyyy-MM-dd}..{Item.To:yyyy-MM-dd} v{Item.Version}",
            new { filedOn = filing.FiledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), filing.FiledBy, filing.Cabinet, filing.Folder });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Penyimpanan salinan keras telah dicatat."].Value;
        return Redirect($"/Reports/Archive/Details/{id}#filing");
    }

    private async Task<IQueryable<ReportArchive>> InScopeAsync(CancellationToken ct) => db.ReportArchives.AsNoTracking().InScope(await scope.GetAsync(ct));

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var item = await (await InScopeAsync(ct)).Where(a => a.Id == id).ToRows(db).FirstOrDefaultAsync(ct);
        if (item is null) return false;
        Item = item;
        Versions = await db.ReportArchives.AsNoTracking().Of(item.UnitId, item.From, item.To).OrderByDescending(a => a.Version).ToRows(db).ToListAsync(ct);
        Filings = await db.ReportFilings.AsNoTracking().Where(f => f.ArchiveId == id).OrderByDescending(f => f.Id).ToListAsync(ct);
        var archive = await db.ReportArchives.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ReportArchive { Id = a.Id, UnitId = a.UnitId, UnitCode = a.UnitCode, From = a.From, To = a.To, FinalizedAtUtc = a.FinalizedAtUtc, FiguresJson = a.FiguresJson })
            .FirstAsync(ct);
        Changes = await corrections.FiguresAsync(archive, ct);
        LateEvents = await corrections.EventsAsync(archive, ct);
        return true;
    }

    private static string FileName(string unit, DateOnly from, DateOnly to, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"laporan-layanan-informasi-{unit}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}-v{version}");
}
