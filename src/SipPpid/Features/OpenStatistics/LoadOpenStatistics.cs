using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Reports;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// The open statistics of an ended period for a unit subtree (default: the whole body): one run of the service
/// report's engine (<see cref="ServiceReport"/>, rolled up to the units right below the one asked for), then the
/// small-number rule. There is no other counting here.
/// </summary>
public sealed class LoadOpenStatistics(AppDbContext db, ServiceReport report, BodyClock clock)
{
    public abstract record Outcome;

    /// <summary>
    /// The figures, and the report they come from (its period and day for the methodology note); <paramref name="Survey"/>
    /// is the period's satisfaction index rolled up the same way (null when the period has no responses in scope).
    /// </summary>
    public sealed record Found(PublicStatistics Statistics, ServiceReportResult Report, SurveyReport? Survey = null) : Outcome;

    /// <summary>The period has not ended yet: its figures are not final, so they are not published.</summary>
    public sealed record NotEnded(StatisticsPeriod Period) : Outcome;

    public sealed record UnknownUnit : Outcome;

    public async Task<Outcome> RunAsync(StatisticsPeriod period, string? unitCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (!OpenStatisticsRules.HasEnded(period.To, clock.Today)) return new NotEnded(period);
        var result = await report.RunAsync(new ServiceReport.Query(period.From, period.To, string.IsNullOrWhiteSpace(unitCode) ? null : unitCode, RollUp: true), ct);
        if (result is null) return new UnknownUnit();

        // Units with units below them can be opened (drill-down); the rest are leaves.
        var codes = result.Units.Select(u => u.Code).ToList();
        var parents = await db.Units.AsNoTracking().Where(u => u.Parent != null && codes.Contains(u.Parent.Code))
            .Select(u => u.Parent!.Code).Distinct().ToListAsync(ct);
        var top = result.Units[0];
        // The unit asked for comes first with what it handles itself; "(langsung)" tells it from the total below.
        var rows = result.Units.Select(u => PublicUnitFigures.From(u.Code, u.Code == result.Unit && result.Units.Count > 1 ? u.Name + " (langsung)" : u.Name,
            subtree: u.Code != result.Unit,
            hasSubunits: u.Code != result.Unit && parents.Contains(u.Code), new Figures(u.Requests, u.Objections, u.Disputes))).ToList();
        var total = PublicUnitFigures.From(result.Unit, top.Name, subtree: true, hasSubunits: parents.Contains(result.Unit), result.Total);
        // The satisfaction index of the same ended period and rows (contracts.md: shown for ended periods only).
        var path = await db.Units.AsNoTracking().Where(u => u.Code == result.Unit).Select(u => u.Path).FirstAsync(ct);
        var survey = await SurveyTallies.CountAsync(db, path, result.Unit, period.From, period.To, ct, rollUp: true);
        return new Found(new PublicStatistics(period.Code, period.Label, result.From, result.To, result.AsOf, result.Unit, top.Name,
            OpenStatisticsRules.MinimumDecided, rows, total), result, survey.Total.Index.Respondents > 0 ? survey : null);
    }

    /// <summary>The year of the first request received, for the period picker (this year when there is none).</summary>
    public async Task<int> FirstYearAsync(CancellationToken ct) =>
        await db.Requests.AsNoTracking().MinAsync(r => (DateOnly?)r.ReceivedDate, ct) is { } first ? first.Year : clock.Today.Year;

    /// <summary>The chain of units from the root down to <paramref name="unitCode"/> (code, name), for the breadcrumb.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> PathAsync(string unitCode, CancellationToken ct)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null) return [];
        var chain = path.Trim('/').Split('/');
        var names = await db.Units.AsNoTracking().Where(u => chain.Contains(u.Code)).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        return chain.Select(c => (c, names.FirstOrDefault(n => n.Code == c)?.Name ?? c)).ToList();
    }
}
