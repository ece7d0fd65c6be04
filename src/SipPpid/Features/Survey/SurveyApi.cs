using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.OpenApi;

namespace SipPpid.Features.Survey;

/// <summary>
/// GET /api/v1/reports/survey?from=&amp;to=&amp;unit= — the `report survey` JSON (<see cref="SurveyReportJson"/>) for
/// signed-in staff (cookie or API token), within their unit scope: a unit outside it answers 403, an unknown unit 404,
/// a bad date 400 naming the field.
/// </summary>
public static class SurveyApi
{
    public static void MapSurveyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/survey", async ([Description("First day of the period, YYYY-MM-DD.")] string? from,
            [Description("Last day of the period (inclusive), YYYY-MM-DD.")] string? to,
            [Description("Unit code: the report covers it and every unit below it. Default: the root, or a PPID Pembantu officer's own unit.")] string? unit,
            CurrentScope scope, AppDbContext db, CancellationToken ct) =>
        {
            if (Period(from, to, out var f, out var t) is { } bad) return bad;
            var unitScope = await scope.GetAsync(ct);
            var code = string.IsNullOrWhiteSpace(unit) ? null : unit;
            if (code is not null)
            {
                var path = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
                if (path is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"unit '{code}' does not exist");
                if (!unitScope.Contains(path)) return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"unit '{code}' is outside your scope");
            }

            var top = await ReportUnit.ResolveAsync(db, unitScope, code, ct);
            if (top is null) return Results.NotFound();
            return Results.Ok(SurveyReportJson.Of(await SurveyTallies.CountAsync(db, top.Path, top.Code, f, t, ct)));
        }).RequireAuthorization(Policies.Staff)
            .WithTags(ApiTags.Reports)
            .WithName("getSurveyReport")
            .WithSummary("The satisfaction survey (SKM) report, within the caller's unit scope")
            .WithDescription("Respondents, NRR per element, IKM, IKM konversi, grade and sample adequacy per unit of the scope and in total " +
                             "(the same JSON as the `report survey` command). A unit outside the caller's scope answers 403.")
            .Produces<SurveyReportJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Parses an ISO period; answers a problem naming the bad field otherwise.</summary>
    public static IResult? Period(string? from, string? to, out DateOnly f, out DateOnly t)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out f)) errors["from"] = ["must be a date YYYY-MM-DD"];
        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out t)) errors["to"] = ["must be a date YYYY-MM-DD"];
        if (errors.Count == 0 && t < f) errors["to"] = ["must not be before from"];
        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }
}
