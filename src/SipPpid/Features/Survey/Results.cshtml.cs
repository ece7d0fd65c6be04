using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Survey;

/// <summary>
/// The survey's results for staff (/Survei): one unit subtree of the user's scope (a PPID Pembantu: its own units; the
/// others: all) and one period (the report's presets or a range). Respondents and sample adequacy, IKM, IKM konversi,
/// mutu, the elements weakest first, the per-unit table, the respondent profile and the suggestions, newest first.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ResultsModel(AppDbContext db, CurrentScope scope, BodyClock clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "periode")] public string? Preset { get; set; }
    [BindProperty(SupportsGet = true, Name = "dari")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "sampai")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public SurveyReport Report { get; private set; } = null!;
    public SurveyProfile Profile { get; private set; } = null!;
    public List<(string Code, string Name)> Units { get; private set; } = [];

    /// <summary>A suggestion from the public: free text, shown HTML-encoded.</summary>
    public sealed record Suggestion(DateOnly Date, string UnitCode, string UnitName, string Text);

    public List<Suggestion> Suggestions { get; private set; } = [];
    public int SuggestionCount { get; private set; }
    public int PageCount => Math.Max(1, (SuggestionCount + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, to) = ReportPeriod.Of(Preset ?? "year", clock.Today, From, To);
        (From, To) = (from, to);
        var unitScope = await scope.GetAsync(ct);
        var top = await ReportUnit.ResolveAsync(db, unitScope, Unit, ct);
        if (top is null) return NotFound();
        Unit = top.Code;
        Units = (await db.Units.AsNoTracking().InScope(unitScope).Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Code, u.Name }).ToListAsync(ct)).Select(u => (u.Code, u.Name)).ToList();
        Report = await SurveyTallies.CountAsync(db, top.Path, top.Code, from, to, ct);
        Profile = await SurveyProfile.CountAsync(db, top.Path, from, to, ct);

        var comments = db.SurveyResponses.AsNoTracking().Where(SurveyRules.InPeriod(from, to))
            .Where(s => s.Unit!.Path.StartsWith(top.Path) && s.Comment != null && s.Comment != "");
        SuggestionCount = await comments.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Suggestions = (await comments.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
                .Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Select(s => new { s.Date, s.Unit!.Code, s.Unit.Name, s.Comment }).ToListAsync(ct))
            .Select(s => new Suggestion(s.Date, s.Code, s.Name, s.Comment!)).ToList();
        return Page();
    }

    /// <summary>This page's query for the same period and unit (the report's links, the pager).</summary>
    public string Query => $"periode=custom&dari={Report.From:yyyy-MM-dd}&sampai={Report.To:yyyy-MM-dd}&unit={Uri.EscapeDataString(Report.UnitCode ?? "")}";

    /// <summary>The printable report's query (its own parameters: no preset).</summary>
    public string ReportQuery => $"dari={Report.From:yyyy-MM-dd}&sampai={Report.To:yyyy-MM-dd}&unit={Uri.EscapeDataString(Report.UnitCode ?? "")}";
}
