using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Reports;

/// <summary>A body in Makassar (WITA, UTC+8) whose clock stands still at 31 January 2026, 03.02.03 UTC.</summary>
public sealed class WitaApp() : AppFactory(new Dictionary<string, string> { ["Ppid:TimeZone"] = "Asia/Makassar" })
{
    public static readonly DateTimeOffset Now = new(2026, 1, 31, 3, 2, 3, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new StoppedClock()));
    }

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>The reconciliation table says when it was refreshed in the body's own time zone, not in WIB.</summary>
public sealed class ReconciliationTimeZoneTests(WitaApp app) : IClassFixture<WitaApp>
{
    [Fact]
    public async Task The_refresh_time_is_the_bodys_local_time_with_its_zone()
    {
        await ServiceReportData.SeedAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var u = new AppUser { UserName = "kepala@ppid.test", Email = "kepala@ppid.test", FullName = "Kepala PPID" };
            Assert.True((await users.CreateAsync(u, "Sandi-Kepala-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(u, "PpidUtama")).Succeeded);
        }

        var client = await app.SignedInAsync("kepala@ppid.test", "Sandi-Kepala-2026");
        var table = await client.GetStringAsync("/Reports?handler=Table&periode=custom&dari=2026-01-01&sampai=2026-01-31&unit=PROV");
        Assert.Contains("diperbarui 11.02.03 WITA</caption>", table); // 03.02.03 UTC is 11.02.03 in Makassar (10.02.03 WIB)
    }
}
