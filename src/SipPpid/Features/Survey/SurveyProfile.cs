using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Survey;

/// <summary>
/// Who answered: the period's respondents of a unit subtree by gender, age band, education and occupation. Each count is
/// a GROUP BY in the database; an unanswered profile question is counted as "not stated" (null code).
/// </summary>
public sealed record SurveyProfile(
    IReadOnlyList<(string? Code, int Count)> Genders,
    IReadOnlyList<(string? Code, int Count)> Ages,
    IReadOnlyList<(string? Code, int Count)> Educations,
    IReadOnlyList<(string? Code, int Count)> Occupations)
{
    /// <summary>The age bands, by their lower bound: "&lt; 20", "20–29", … "≥ 60"; their codes are the labels.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"];

    public static async Task<SurveyProfile> CountAsync(AppDbContext db, string unitPath, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.SurveyResponses.AsNoTracking().Where(SurveyRules.InPeriod(from, to))
            .Where(s => unitPath == "/" || s.Unit!.Path.StartsWith(unitPath));
        var ages = await q.GroupBy(s => s.Age == null ? -1 : s.Age < 20 ? 0 : s.Age < 30 ? 1 : s.Age < 40 ? 2 : s.Age < 50 ? 3 : s.Age < 60 ? 4 : 5)
            .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return new SurveyProfile(
            await CountByAsync(q, s => s.Gender, SurveyCodes.Genders.Keys, ct),
            [.. Enumerable.Range(0, AgeBands.Count).Select(i => ((string?)AgeBands[i], ages.FirstOrDefault(a => a.Key == i)?.N ?? 0))
                .Append((null, ages.FirstOrDefault(a => a.Key == -1)?.N ?? 0))],
            await CountByAsync(q, s => s.Education, SurveyCodes.Educations.Keys, ct),
            await CountByAsync(q, s => s.Occupation, SurveyCodes.Occupations.Keys, ct));
    }

    /// <summary>Every known code in its order (zero included), then "not stated"; an unknown stored code is left out.</summary>
    private static async Task<IReadOnlyList<(string? Code, int Count)>> CountByAsync(IQueryable<SurveyResponse> q,
        Expression<Func<SurveyResponse, string?>> key, IEnumerable<string> codes, CancellationToken ct)
    {
        var counts = await q.GroupBy(key).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        int Of(string? code) => counts.Where(c => c.Key == code || (code is null && string.IsNullOrEmpty(c.Key))).Sum(c => c.N);
        return [.. codes.Select(c => ((string?)c, Of(c))).Append((null, Of(null)))];
    }
}
