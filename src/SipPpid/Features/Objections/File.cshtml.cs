using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Features.PublicRequests;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>
/// The applicant files an objection online, with the request's number and tracking code (a wrong code is 404, like
/// tracking). The grounds that do not fit the request's state yet are explained; the filing window's last day is shown.
/// </summary>
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
[AllowAnonymous]
public sealed class FileModel(AppDbContext db, CalendarSource calendars, BodyClock clock, FileObjection filing) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    [BindProperty]
    public FileObjection.Input Form { get; set; } = new();

    public InformationRequest InfoRequest { get; private set; } = null!;
    public DateOnly LastDay { get; private set; }
    public bool WindowClosed { get; private set; }
    public bool HasOpenObjection { get; private set; }
    public GroundsView Grounds { get; private set; } = null!;

    /// <summary>The Surat Penetapan Klasifikasi the refusal or partial grant cites: what the objection is against.</summary>
    public DikCitation? Citation { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? powerOfAttorney, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await using var stream = powerOfAttorney is { Length: > 0 } ? powerOfAttorney.OpenReadStream() : null;
        var upload = stream is null ? null : new FileObjection.Upload(powerOfAttorney!.FileName, stream);
        var request = await db.Requests.FirstAsync(r => r.Id == InfoRequest.Id, ct);
        var result = await filing.OnlineAsync(request, Form, upload, ct);
        if (result.Succeeded)
        {
            var o = result.Objection!;
            return Redirect($"/Keberatan/Tanda-Terima?nomor={Uri.EscapeDataString(o.ObjectionNumber)}&kode={o.TrackingCode}");
        }

        ModelState.Clear();
        foreach (var e in result.Errors) ModelState.AddModelError(e.Field, e.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Unit).ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (r is null) return false;
        InfoRequest = r;
        Citation = await DikCitations.ReadAsync(db, r.DikDecreeId, ct);
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        LastDay = calendar.LastFilingDay(r);
        WindowClosed = today > LastDay;
        HasOpenObjection = await db.Objections.Where(ObjectionRules.Awaiting).AnyAsync(o => o.RequestId == r.Id, ct);
        Grounds = new GroundsView(ObjectionCodes.Grounds.ToDictionary(g => g, g => ObjectionGrounds.WhyNot(g, r, calendar, today)), Form.Grounds);
        return true;
    }

    public string TrackUrl => $"/Lacak?nomor={Uri.EscapeDataString(InfoRequest.RegistrationNumber)}&kode={InfoRequest.TrackingCode}";
}
