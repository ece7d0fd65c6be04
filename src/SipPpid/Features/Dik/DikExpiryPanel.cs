using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// The dashboards' panel "Pengecualian segera berakhir / kedaluwarsa": the scope's DIK entries whose exemption ends
/// within <see cref="DikRules.NoticeDaysAhead"/> days (<see cref="DikRules.EndingSoon"/>) or has ended
/// (<see cref="DikRules.Expired"/>), the nearest first, each linked to its page (re-test or release from there).
/// </summary>
public sealed class DikExpiryPanel(AppDbContext db, CurrentScope scope, BodyClock clock) : ViewComponent
{
    /// <summary>How many entries of each list the panel shows (the counts are of all of them).</summary>
    public const int ListSize = 10;

    public sealed record Row(int Id, string UnitCode, int Number, string Information, string Basis, DateOnly PeriodEnd);

    public sealed record Panel(DateOnly Today, int EndingCount, List<Row> Ending, int ExpiredCount, List<Row> Expired);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = clock.Today;
        var inScope = db.DikEntries.AsNoTracking().InScope(await scope.GetAsync());
        var ending = inScope.Where(DikRules.EndingSoon(today));
        var expired = inScope.Where(DikRules.Expired(today));
        var model = new Panel(today, await ending.CountAsync(), await ListAsync(ending.OrderBy(e => e.PeriodEnd)),
            await expired.CountAsync(), await ListAsync(expired.OrderByDescending(e => e.PeriodEnd)));
        return View("~/Features/Dik/_ExpiryPanel.cshtml", model);
    }

    private static Task<List<Row>> ListAsync(IOrderedQueryable<DikEntry> entries) =>
        entries.ThenBy(e => e.Id).Take(ListSize).Select(Shape).ToListAsync();

    private static readonly Expression<Func<DikEntry, Row>> Shape =
        e => new Row(e.Id, e.Unit!.Code, e.Number, e.Information, e.Basis, e.PeriodEnd!.Value);
}
