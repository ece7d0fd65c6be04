using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// GET /api/v1/reports/service?from=&amp;to=&amp;unit= — the service report JSON for signed-in staff, within their unit
/// scope (a unit outside it answers 404). GET /api/v1/reports/service/public?from=&amp;to= — the totals of a period
/// that has ended, for anyone: the report is information available at any time (open data).
/// </summary>
public static class ReportApi
{
    public static void MapReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/reports/service").WithTags(ApiTags.Reports);
        api.MapGet("", async ([Description(FromText)] string? from, [Description(ToText)] string? to,
            [Description("Unit code: the report covers it and every unit below it. Default: the root, or a PPID Pembantu officer's own unit.")] string? unit,
            ServiceReport report, CurrentScope scope,
            AppDbContext db, HttpContext http, CancellationToken ct) =>
        {
            if (Period(from, to, out var f, out var t) is { } bad) return bad;
            var unitScope = await scope.GetAsync(ct);
            var code = unit;
            if (!unitScope.IsAll)
            {
                // A PPID Pembantu officer's report covers its own subtree; by default its own unit.
                var own = unitScope.PathPrefix!.TrimEnd('/').Split('/')[^1];
                code ??= own;
                var path = await db.Units.Where(u => u.Code == code).Select(u => u.Path).FirstOrDefaultAsync(ct);
                if (path is null || !unitScope.Contains(path)) return Results.NotFound();
            }

            var result = await report.RunAsync(new ServiceReport.Query(f, t, code), ct);
            return result is null ? Results.NotFound() : Results.Ok(result);
        }).RequireAuthorization(Policies.Staff)
            .WithName("getServiceReport")
            .WithSummary("The service report, within the caller's unit scope")
            .WithDescription("Figures of the service report (the same JSON as the `report service` command); one entry in units per unit in scope. " +
                             "A unit outside the caller's scope answers 404, as if it did not exist.")
            .Produces<ServiceReportResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/public", async ([Description(FromText)] string? from, [Description(ToText)] string? to, ServiceReport report, BodyClock clock, CancellationToken ct) =>
        {
            if (Period(from, to, out var f, out var t) is { } bad) return bad;
            if (!OpenStatisticsRules.HasEnded(t, clock.Today))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["the period must have ended: the public totals cover past periods only"] });
            var result = await report.RunAsync(new ServiceReport.Query(f, t, null), ct);
            return result is null ? Results.NotFound() : Results.Ok(new PublicServiceReport(result.Report, result.From, result.To, result.AsOf, result.Unit, result.Total));
        })
            .WithName("getPublicServiceReport")
            .WithSummary("The body-wide totals of a period that has ended (open data)")
            .WithDescription("The report is information available at any time; the totals of a past period are public.")
            .Produces<PublicServiceReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private const string FromText = "First day of the period, YYYY-MM-DD.";
    private const string ToText = "Last day of the period (inclusive), YYYY-MM-DD.";

    /// <summary>The public answer: the report's totals without the per-unit entries.</summary>
    public sealed record PublicServiceReport(
        [property: JsonPropertyName("report")] string Report,
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("asOf")] string AsOf,
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("total")] Figures Total);

    /// <summary>Parses an ISO period; answers a problem naming the bad field otherwise.</summary>
    public static IResult? Period(string? from, string? to, out DateOnly f, out DateOnly t)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out f)) errors["from"] = ["must be a date YYYY-MM-DD"];
        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out t)) errors["to"] = ["must be a date YYYY-MM-DD"];
        if (errors.Count == 0 && t < f) errors["to"] = ["must not be before from"];
        if (errors.Count == 0 && (f < WorkingCalendar.MinDate || t > WorkingCalendar.MaxDate.AddYears(-1))) errors["from"] = ["outside the calendar"];
        return errors.Count > 0 ? Results.ValidationProblem(errors) : null;
    }
}
