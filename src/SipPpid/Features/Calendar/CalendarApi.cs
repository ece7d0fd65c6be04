using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.Calendar;

/// <summary>
/// The working-day calendar over HTTP (public: the calendar is public information). Dates are ISO YYYY-MM-DD.
/// </summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar");

        api.MapGet("/working-day", async (string? date, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(date, "date", out var d) is { } problem) return problem;
            var calendar = await source.GetAsync(ct);
            var holiday = calendar.HolidayOn(d);
            return Results.Ok(new
            {
                date = Iso(d),
                isWorkingDay = calendar.IsWorkingDay(d),
                holiday = holiday is null ? null : new { name = holiday.NameId, kind = holiday.Kind == Domain.HolidayKind.CutiBersama ? "cuti_bersama" : "libur_nasional" },
            });
        });

        api.MapGet("/add", async (string? date, int? days, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(date, "date", out var d) is { } problem) return problem;
            if (days is not (>= 0 and <= 1000))
                return Problem("days", "must be a whole number from 0 to 1000");
            var calendar = await source.GetAsync(ct);
            return Results.Ok(new { date = Iso(d), days, result = Iso(calendar.AddWorkingDays(d, days.Value)) });
        });

        api.MapGet("/count", async (string? from, string? to, CalendarSource source, CancellationToken ct) =>
        {
            if (Bad(from, "from", out var f) is { } p1) return p1;
            if (Bad(to, "to", out var t) is { } p2) return p2;
            var calendar = await source.GetAsync(ct);
            return Results.Ok(new { from = Iso(f), to = Iso(t), workingDays = calendar.WorkingDaysBetween(f, t) });
        });
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static IResult? Bad(string? value, string field, out DateOnly date)
    {
        if (!CsvTable.TryParseDate(value, out date)) return Problem(field, "must be a date YYYY-MM-DD");
        if (date < WorkingCalendar.MinDate || date > WorkingCalendar.MaxDate) return Problem(field, "must lie between 2000 and 2100");
        return null;
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
