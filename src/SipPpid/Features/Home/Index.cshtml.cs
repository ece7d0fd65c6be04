using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Portal;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Home;

public sealed class IndexModel(AppDbContext db, CalendarSource calendars, CurrentBody body, BodyClock clock, PortalOverview portal) : PageModel
{
    public sealed record StaffInfo(string Name, string Role, string? UnitName);

    public StaffInfo? Staff { get; private set; }
    public string BodyName { get; private set; } = "";
    public string PembantuLabel { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public bool TodayIsWorkingDay { get; private set; }
    public string? TodayHoliday { get; private set; }
    public DateOnly DeadlineForToday { get; private set; }

    /// <summary>The public portal's information (everyone but staff sees the portal first).</summary>
    public PortalOverview.Overview? Portal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await body.GetAsync(ct);
        BodyName = settings.BodyName;
        PembantuLabel = settings.PembantuLabel;
        var calendar = await calendars.GetAsync(ct);
        Today = clock.Today;
        TodayIsWorkingDay = calendar.IsWorkingDay(Today);
        TodayHoliday = calendar.HolidayOn(Today)?.NameId;
        DeadlineForToday = calendar.NoticeDeadline(Today, extended: false);

        if (User.Identity?.IsAuthenticated == true && Roles.All.FirstOrDefault(User.IsInRole) is { } role)
        {
            string? unitName = null;
            if (int.TryParse(User.FindFirstValue(AppClaims.UnitId), out var unitId))
                unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            Staff = new StaffInfo(User.FindFirstValue(AppClaims.FullName) ?? User.Identity.Name ?? "", role, unitName);
        }
        else
        {
            Portal = await portal.LoadAsync(ct);
        }
    }
}
