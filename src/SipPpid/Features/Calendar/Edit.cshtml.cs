using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Calendar;

/// <summary>Adds, changes or deletes one holiday. Every change moves the calendar stamp, so all deadlines follow.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(
    AppDbContext db, CalendarChanged calendarChanged, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public HolidayForm Form { get; set; } = new();

    /// <summary>The date being edited (yyyy-MM-dd), empty for a new holiday.</summary>
    [BindProperty]
    public string? OriginalDate { get; set; }

    public bool Exists => !string.IsNullOrEmpty(OriginalDate);

    public sealed class HolidayForm
    {
        [Display(Name = "Tanggal")]
        public DateOnly Date { get; set; }

        [Display(Name = "Jenis")]
        public HolidayKind Kind { get; set; }

        [Display(Name = "Keterangan")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string NameId { get; set; } = "";

        [Display(Name = "Keterangan (bahasa Inggris)")]
        [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string? NameEn { get; set; }

        [Display(Name = "Dasar penetapan")]
        [StringLength(300, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string? Source { get; set; }
    }

    public async Task OnGetAsync(DateOnly? date, CancellationToken ct)
    {
        var d = date ?? DateOnly.FromDateTime(DateTime.Today);
        var h = await db.Holidays.AsNoTracking().FirstOrDefaultAsync(x => x.Date == d, ct);
        Form = h is null
            ? new HolidayForm { Date = d }
            : new HolidayForm { Date = h.Date, Kind = h.Kind, NameId = h.NameId, NameEn = h.NameEn, Source = h.Source };
        OriginalDate = h is null ? null : Iso(h.Date);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Form.Date < WorkingCalendar.MinDate || Form.Date > WorkingCalendar.MaxDate)
            ModelState.AddModelError("Form.Date", t["Tanggal harus antara tahun 2000 dan 2100."]);
        var original = ParseOriginal();
        var holiday = original is { } o ? await db.Holidays.FirstOrDefaultAsync(x => x.Date == o, ct) : null;
        if (Form.Date != original && await db.Holidays.AnyAsync(x => x.Date == Form.Date, ct))
            ModelState.AddModelError("Form.Date", t["Sudah ada hari libur pada tanggal ini."]);
        if (!ModelState.IsValid) return Page();

        var before = holiday is null ? null : new { date = Iso(holiday.Date), holiday.Kind, holiday.NameId };
        if (holiday is null)
        {
            holiday = new Holiday();
            db.Holidays.Add(holiday);
        }

        holiday.Date = Form.Date;
        holiday.Kind = Form.Kind;
        holiday.NameId = Form.NameId.Trim();
        holiday.NameEn = string.IsNullOrWhiteSpace(Form.NameEn) ? null : Form.NameEn.Trim();
        holiday.Source = string.IsNullOrWhiteSpace(Form.Source) ? null : Form.Source.Trim();
        await CalendarSource.MarkChangedAsync(db, ct);
        db.Audit(User, before is null ? "holiday.create" : "holiday.update", Iso(Form.Date), new { before, after = new { date = Iso(Form.Date), Form.Kind, Form.NameId } });
        await db.SaveChangesAsync(ct);
        var moved = (await calendarChanged.RunAsync(Actor.From(User), ct)).RequestsMoved;
        TempData["Message"] = Moved(t["Hari libur {0} telah disimpan.", Iso(Form.Date)].Value, moved);
        return RedirectToPage("Index", new { year = Form.Date.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (ParseOriginal() is not { } date) return NotFound();
        var holiday = await db.Holidays.FirstOrDefaultAsync(x => x.Date == date, ct);
        if (holiday is null) return NotFound();
        db.Holidays.Remove(holiday);
        await CalendarSource.MarkChangedAsync(db, ct);
        db.Audit(User, "holiday.delete", Iso(date), new { holiday.Kind, holiday.NameId });
        await db.SaveChangesAsync(ct);
        var moved = (await calendarChanged.RunAsync(Actor.From(User), ct)).RequestsMoved;
        TempData["Message"] = Moved(t["Hari libur {0} telah dihapus.", Iso(date)].Value, moved);
        return RedirectToPage("Index", new { year = date.Year });
    }

    private string Moved(string message, int moved) =>
        moved == 0 ? message : message + " " + t["Tenggat {0} permohonan yang masih berjalan ikut berubah.", moved].Value;

    private DateOnly? ParseOriginal() =>
        DateOnly.TryParseExact(OriginalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
