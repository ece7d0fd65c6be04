using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SipPpid.Tests.Support;

/// <summary>A clock the test moves forward: sessions, security stamps and "today" follow it.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;
}

/// <summary>
/// Lets a test choose the client address with the header <c>X-Test-Client</c> (the rate limits count per address;
/// every test client otherwise shares one).
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>The app on a <see cref="ShiftedClock"/>, with sessions of 8 hours idle and 12 hours at most.</summary>
public sealed class ClockedApp() : AppFactory("sqlite")
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SessionIdleMinutes", "480");
        builder.UseSetting("Security:SessionAbsoluteHours", "12");
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The app with low rate limits and test-chosen client addresses.</summary>
public sealed class ThrottledSecurityApp() : AppFactory("sqlite")
{
    public const int Limit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var limit in new[] { "SignInPerMinute", "PasswordResetsPerHour", "TrackingLookupsPerMinute", "PublicReadsPerMinute" })
            builder.UseSetting("RateLimits:" + limit, Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, TestClientAddress>());
    }
}
