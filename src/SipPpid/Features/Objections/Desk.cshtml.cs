using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// Desk entry of an objection by an officer, for a request in the officer's scope (404 outside it). After the filing
/// window it is still recorded, marked as filed late, and the page says so.
/// </summary>
public sealed class DeskModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock, FileObjection filing,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public FileObjection.Input Form { get; set; } = new();

    public InformationRequest InfoRequest { get; private set; } = null!;
    public DateOnly LastDay { get; private set; }
    public GroundsView Grounds { get; private set; } = null!;
    public DateOnly Today => clock.Today;

    public bool IsOfficer => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);

    public async Task<IActionResult> OnGetAsync(int requestId, CancellationToken ct)
    {
        if (!await LoadAsync(requestId, ct)) return NotFound();
        if (!IsOfficer) return Forbid();
        Form.ReceivedDate ??= clock.Today;
        Form.Channel ??= "in_person";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int requestId, IFormFile? powerOfAttorney, CancellationToken ct)
    {
        if (!await LoadAsync(requestId, ct)) return NotFound();
        if (!IsOfficer) return Forbid();
        await using var stream = powerOfAttorney is { Length: > 0 } ? powerOfAttorney.OpenReadStream() : null;
        var upload = stream is null ? null : new FileObjection.Upload(powerOfAttorney!.FileName, stream);
        var request = await db.Requests.FirstAsync(r => r.Id == requestId, ct);
        var result = await filing.AtDeskAsync(request, Form, upload, Actor.From(User), ct);
        if (result.Succeeded)
        {
            var o = result.Objection!;
            TempData["Message"] = (o.FiledLate
                ? t["Keberatan {0} dicatat. Keberatan ini diajukan sesudah batas waktu pengajuan ({1}) dan ditandai terlambat.", o.ObjectionNumber, BodyClock.FormatDate(LastDay)]
                : t["Keberatan {0} dicatat.", o.ObjectionNumber]).Value;
            return Redirect($"/Objections/Details/{o.Id}");
        }

        ModelState.Clear();
        foreach (var e in result.Errors) ModelState.AddModelError(e.Field, e.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(int requestId, CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Unit).InScope(await scope.GetAsync(ct)).FirstOrDefaultAsync(x => x.Id == requestId, ct);
        if (r is null) return false;
        InfoRequest = r;
        var calendar = await calendars.GetAsync(ct);
        LastDay = calendar.LastFilingDay(r);
        var date = Form.ReceivedDate ?? clock.Today;
        Grounds = new GroundsView(ObjectionCodes.Grounds.ToDictionary(g => g, g => ObjectionGrounds.WhyNot(g, r, calendar, date)), Form.Grounds);
        return true;
    }
}
