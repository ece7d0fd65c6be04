using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.PublicRequests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.ApplicantAccount;

/// <summary>"Permohonan saya": the signed-in applicant's requests; an older one is added with its number and tracking code.</summary>
[EnableRateLimiting(RateLimits.Tracking)]
[Authorize(Roles = Roles.Applicant)]
public sealed class MyRequestsModel(AppDbContext db, CalendarSource calendars, BodyClock clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record Row(string Number, string Code, DateOnly Received, string Information, RequestStatus Status, Decision? Decision, DeadlineInfo Deadline);

    public List<Row> Rows { get; private set; } = [];

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostClaimAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var claimed = await db.Requests.ByTracking(Number, Code).Where(r => r.ApplicantUserId == null || r.ApplicantUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ApplicantUserId, userId), ct);
        if (claimed == 0)
        {
            ModelState.AddModelError("Number", t["Nomor pendaftaran atau kode pelacakan tidak cocok."]);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = t["Permohonan {0} ditambahkan ke akun Anda.", Number!.Trim()].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var calendar = await calendars.GetAsync(ct);
        var rows = await db.Requests.AsNoTracking().Where(r => r.ApplicantUserId == userId).OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.Id)
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.RegistrationNumber, r.TrackingCode, r.ReceivedDate,
            r.InformationRequested.Length > 100 ? r.InformationRequested[..100] + "…" : r.InformationRequested, r.Status, r.Decision,
            calendar.Describe(r, clock.Today))).ToList();
    }
}
