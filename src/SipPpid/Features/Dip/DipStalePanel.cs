using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>The dashboard's panel: stale <c>berkala</c> entries per unit of the scope (counted in the database).</summary>
public sealed class DipStalePanel(AppDbContext db, CurrentScope scope, BodyClock clock) : ViewComponent
{
    public sealed record UnitCount(string Code, string Name, int Count);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var rows = await db.DipEntries.AsNoTracking().InScope(await scope.GetAsync()).Where(DipRules.Stale(clock.Today))
            .GroupBy(e => new { e.Unit!.Code, e.Unit.Name })
            .Select(g => new UnitCount(g.Key.Code, g.Key.Name, g.Count()))
            .ToListAsync();
        return View("~/Features/Dip/_StalePanel.cshtml", rows.OrderByDescending(r => r.Count).ThenBy(r => r.Code, StringComparer.Ordinal).ToList());
    }
}
