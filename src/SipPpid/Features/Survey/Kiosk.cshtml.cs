using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Survey;

/// <summary>
/// /Survei/Kiosk/{unit}: the survey on the tablet at an active unit's service desk, for walk-in applicants. No sign-in;
/// each response is a POST limited per client address (<see cref="RateLimits.SurveyKiosk"/>: a flood gets the 429 page
/// and nothing is stored). A stored response shows the thanks, which returns to a fresh form for the next person.
/// </summary>
[EnableRateLimiting(RateLimits.SurveyKiosk)]
public sealed class KioskModel(AppDbContext db, RecordSurveyResponse record) : PageModel
{
    /// <summary>Seconds the thanks stays before the fresh form comes back.</summary>
    public const int ThanksSeconds = 15;

    public string UnitCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";

    /// <summary>?selesai=1 after a stored response: the thanks screen.</summary>
    [BindProperty(SupportsGet = true, Name = "selesai")]
    public int Done { get; set; }

    public bool Thanks => Done == 1;

    public SurveyAnswers Answers { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string unit, CancellationToken ct) =>
        await LoadAsync(unit, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string unit, CancellationToken ct)
    {
        if (!await LoadAsync(unit, ct)) return NotFound();
        Done = 0;
        Answers = SurveyForm.Read(Request.Form);
        ModelState.Clear();
        var result = await record.AtKioskAsync(UnitCode, Answers, ct);
        if (result.Succeeded) return Redirect(SurveyLinks.Kiosk(UnitCode) + "?selesai=1");
        foreach (var e in result.Errors) ModelState.AddModelError(e.Field, e.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(string unit, CancellationToken ct)
    {
        var code = unit?.Trim() ?? "";
        var found = await db.Units.AsNoTracking().Where(u => u.Code == code && u.IsActive).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct);
        if (found is null) return false;
        (UnitCode, UnitName) = (found.Code, found.Name);
        return true;
    }
}
