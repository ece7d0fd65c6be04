using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>A request's objections and disputes, as a panel on the request's pages.</summary>
public sealed record ObjectionPanel(InformationRequest Request, IReadOnlyList<Objection> Objections, IReadOnlyList<Dispute> Disputes,
    DateOnly LastFilingDay, bool CanFile);

/// <summary>On the officer's request page: the objections, disputes and the desk-entry link.</summary>
public sealed class RequestObjectionsViewComponent(AppDbContext db, CalendarSource calendars) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var objections = await db.Objections.AsNoTracking().Where(o => o.RequestId == request.Id).OrderBy(o => o.Id).ToListAsync();
        var disputes = await db.Disputes.AsNoTracking().Where(d => d.RequestId == request.Id).OrderBy(d => d.Id).ToListAsync();
        var calendar = await calendars.GetAsync();
        var officer = UserClaimsPrincipal.IsInRole(Roles.PpidUtama) || UserClaimsPrincipal.IsInRole(Roles.PpidPembantu);
        var canFile = officer && !objections.Any(o => o.IsAwaiting());
        return View("/Features/Objections/_StaffPanel.cshtml", new ObjectionPanel(request, objections, disputes, calendar.LastFilingDay(request), canFile));
    }
}

/// <summary>On the public tracking page: the applicant's objections and, while allowed, the link to file one.</summary>
public sealed class PublicObjectionsViewComponent(AppDbContext db, CalendarSource calendars, BodyClock clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var objections = await db.Objections.AsNoTracking().Where(o => o.RequestId == request.Id).OrderBy(o => o.Id).ToListAsync();
        var calendar = await calendars.GetAsync();
        var last = calendar.LastFilingDay(request);
        var canFile = request.Status != RequestStatus.Withdrawn && clock.Today <= last && !objections.Any(o => o.IsAwaiting());
        return View("/Features/Objections/_PublicPanel.cshtml", new ObjectionPanel(request, objections, [], last, canFile));
    }
}
