namespace SipPpid.Features.Calendar;

/// <summary>The calendar feature's services (the working calendar itself is registered with the rules).</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddScoped<ImportHolidays>();
        services.AddScoped<CalendarChanged>();
        return services;
    }
}
