using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Survey;

/// <summary>
/// /Survei/Permohonan?nomor=…&amp;kode=…: the applicant's survey of a decided request, opened with the tracking page's
/// secret (a wrong code answers 404, like the tracking page). Before the decision it says when it opens; once rated it
/// thanks. A stored response redirects here (post/redirect/get), which then shows the thanks.
/// </summary>
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
public sealed class PermohonanModel(RecordSurveyResponse record) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public RecordSurveyResponse.RequestTarget Target { get; private set; } = null!;

    /// <summary>What was typed (kept when the form comes back with errors).</summary>
    public SurveyAnswers Answers { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await record.FindRequestAsync(Number, Code, ct) is not { } target) return NotFound();
        Target = target;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await record.FindRequestAsync(Number, Code, ct) is not { } target) return NotFound();
        Target = target;
        Answers = SurveyForm.Read(Request.Form);
        ModelState.Clear();
        var result = await record.ForRequestAsync(target, Answers, ct);
        if (result.Succeeded) return Redirect(SurveyLinks.ForRequest(target.RegistrationNumber, target.TrackingCode));
        foreach (var e in result.Errors) ModelState.AddModelError(e.Field, e.Message);
        // A refusal of the whole form (already rated, not decided) shows the page's state as it now is.
        if (result.Errors.Any(e => e.Field.Length == 0)) Target = await record.FindRequestAsync(Number, Code, ct) ?? target;
        return Page();
    }
}
