using System.ComponentModel;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.OpenApi;

namespace SipPpid.Features.Calendar;

/// <summary>
/// The working-day calendar over HTTP (public: the calendar is public information). Dates are ISO YYYY-MM-DD.
/// </summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").WithTags(ApiTags.Calendar);

        api.MapGet("/working-day", async ([Description(DateText)] string? date, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(date, "date", out var d) is { } problem) return problem;
            var calendar = await source.GetAsync(ct);
            var holiday = calendar.HolidayOn(d);
            return Results.Ok(new WorkingDay(d, calendar.IsWorkingDay(d), holiday is null ? null
                : new HolidayOn(holiday.NameId, holiday.Kind == Domain.HolidayKind.CutiBersama ? "cuti_bersama" : "libur_nasional")));
        })
            .WithName("isWorkingDay")
            .WithSummary("Whether a date is a working day, and the holiday on it")
            .Produces<WorkingDay>()
            .ProducesValidationProblem();

        api.MapGet("/add", async ([Description(DateText)] string? date,
            [Description("Working days to add, 0 to 1000 (day 0 is the date itself).")] int? days, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(date, "date", out var d) is { } problem) return problem;
            if (days is not (>= 0 and <= 1000))
                return Problem("days", "must be a whole number from 0 to 1000");
            var calendar = await source.GetAsync(ct);
            return Results.Ok(new WorkingDaysAdded(d, days.Value, calendar.AddWorkingDays(d, days.Value)));
        })
            .WithName("addWorkingDays")
            .WithSummary($"The date that is a number of working days after a date (deadlines: day {ServiceDeadlines.NoticeDays}, or {ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays} when extended)")
            .Produces<WorkingDaysAdded>()
            .ProducesValidationProblem();

        api.MapGet("/count", async ([Description("Start date, YYYY-MM-DD (day 0).")] string? from,
            [Description("End date, YYYY-MM-DD.")] string? to, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(from, "from", out var f) is { } p1) return p1;
            if (Bad(to, "to", out var t) is { } p2) return p2;
            var calendar = await source.GetAsync(ct);
            return Results.Ok(new WorkingDaysCounted(f, t, calendar.WorkingDaysBetween(f, t)));
        })
            .WithName("countWorkingDays")
            .WithSummary("The number of working days from one date to another")
            .Produces<WorkingDaysCounted>()
            .ProducesValidationProblem();
    }

    private const string DateText = "A date, YYYY-MM-DD.";

    public sealed record WorkingDay(DateOnly Date, bool IsWorkingDay, HolidayOn? Holiday);

    /// <summary>kind: libur_nasional or cuti_bersama.</summary>
    public sealed record HolidayOn(string Name, string Kind);

    public sealed record WorkingDaysAdded(DateOnly Date, int Days, DateOnly Result);

    public sealed record WorkingDaysCounted(DateOnly From, DateOnly To, int WorkingDays);

    private static IResult? Bad(string? value, string field, out DateOnly date)
    {
        if (!CsvTable.TryParseDate(value, out date)) return Problem(field, "must be a date YYYY-MM-DD");
        if (date < WorkingCalendar.MinDate || date > WorkingCalendar.MaxDate) return Problem(field, "must lie between 2000 and 2100");
        return null;
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
