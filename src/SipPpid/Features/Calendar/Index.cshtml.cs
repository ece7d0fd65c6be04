using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Calendar;

public sealed class IndexModel(
    AppDbContext db, CalendarSource calendars, BodyClock clock, CalendarChanged calendarChanged, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = ServiceDeadlines.NoticeDays;

    public List<Holiday> Holidays { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CutiBersamaIsWorkingDay { get; private set; }
    public int WorkingDaysInYear { get; private set; }
    public DateOnly? Result { get; private set; }
    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100) Year = clock.Today.Year;
        var calendar = await calendars.GetAsync(ct);
        CutiBersamaIsWorkingDay = calendar.CutiBersamaIsWorkingDay;
        var first = new DateOnly(Year, 1, 1);
        var last = new DateOnly(Year, 12, 31);
        Holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date).ToListAsync(ct);
        WorkingDaysInYear = calendar.WorkingDaysBetween(first.AddDays(-1), last);
        var stored = await db.Holidays.Select(h => h.Date.Year).Distinct().ToListAsync(ct);
        Years = stored.Append(clock.Today.Year).Append(Year).Distinct().Order().ToList();
        if (From is { } from && from >= WorkingCalendar.MinDate && from.Year < WorkingCalendar.MaxDate.Year - 5 && Days is >= 0 and <= 1000)
            Result = calendar.AddWorkingDays(from, Days);
    }

    public async Task<IActionResult> OnPostCutiBersamaAsync(int year, bool working, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        await db.SetSettingAsync(SettingKeys.CutiBersamaIsWorkingDay, working ? "true" : "false", ct);
        await CalendarSource.MarkChangedAsync(db, ct);
        db.Audit(User, "calendar.cuti-bersama", working ? "working day" : "not a working day");
        await db.SaveChangesAsync(ct);
        var moved = (await calendarChanged.RunAsync(Actor.From(User), ct)).RequestsMoved;
        var message = t["Aturan cuti bersama telah diubah; semua tenggat mengikuti aturan baru."].Value;
        TempData["Message"] = moved == 0 ? message : message + " " + t["Tenggat {0} permohonan yang masih berjalan ikut berubah.", moved].Value;
        return RedirectToPage(new { year });
    }
}
