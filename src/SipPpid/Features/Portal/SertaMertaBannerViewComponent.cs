using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Portal;

/// <summary>A running serta-merta announcement, linked.</summary>
public sealed record RunningAnnouncement(int Id, string Title, string UnitName);

/// <summary>
/// The serta-merta announcements running today (UU 14/2008 Pasal 10: prominently), on top of every public page (the
/// layout renders it; staff pages skip it). One query on the (Status, Category, UpdatedDate) index per page and no
/// cache: a cache per instance would show an announcement on one instance and not on another right after it is
/// published or withdrawn, and the query costs less than a millisecond.
/// </summary>
public sealed class SertaMertaBannerViewComponent(AppDbContext db, BodyClock clock) : ViewComponent
{
    public const int MaxShown = 3;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (Roles.All.Any(UserClaimsPrincipal.IsInRole))
            return Content("");
        var running = await db.DipEntries.AsNoTracking().Where(DipRules.Running(clock.Today))
            .OrderByDescending(e => e.ShowFrom).ThenByDescending(e => e.Id).Take(MaxShown)
            .Select(e => new RunningAnnouncement(e.Id, e.Title, e.Unit!.Name)).ToListAsync();
        return running.Count == 0 ? Content("") : View("/Features/Portal/_SertaMertaBanner.cshtml", running);
    }
}
