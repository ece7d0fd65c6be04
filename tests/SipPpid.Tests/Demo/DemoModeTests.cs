using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Demo;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Demo;

/// <summary>The app outside demo mode (as in Production): the demo accounts exist but cannot sign in.</summary>
public sealed class NoDemoApp() : AppFactory("sqlite")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Enabled", "false");
    }
}

/// <summary>Demo passwords work only in the demo: demo mode is off in Production unless switched on.</summary>
public sealed class DemoModeTests(NoDemoApp app) : IClassFixture<NoDemoApp>, IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create("sqlite");

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Demo_mode_is_off_in_production_unless_configured()
    {
        static bool On(string env, string? setting) => DemoMode.IsOn(
            new ConfigurationBuilder().AddInMemoryCollection(setting is null ? [] : [new("Demo:Enabled", setting)]).Build(),
            new HostingEnvironment { EnvironmentName = env });
        Assert.False(On(Environments.Production, null));
        Assert.True(On(Environments.Production, "true"));
        Assert.True(On(Environments.Development, null));
        Assert.True(On("Testing", null));
        Assert.False(On(Environments.Development, "false"));
    }

    [Fact]
    public async Task Seed_demo_refuses_outside_demo_mode_and_with_force_loads_the_data_with_its_accounts_shut()
    {
        var refused = await Support.Cli.RunAsync(_db, "seed-demo", "--Demo:Enabled=false");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("demo mode is off", refused.Err, StringComparison.Ordinal);
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_db.ConnectionString).Options))
            Assert.False(await db.Database.CanConnectAsync() && await db.Users.AnyAsync());

        var forced = await Support.Cli.RunAsync(_db, "seed-demo", "--force", "--Demo:Enabled=false");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("the demo accounts cannot sign in", forced.Out, StringComparison.Ordinal);
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_db.ConnectionString).Options))
        {
            Assert.Equal(6, await db.Users.CountAsync());
            Assert.Contains("demo.seed", await db.AuditEntries.Select(a => a.Action).ToListAsync());
        }
    }

    [Fact]
    public async Task Outside_demo_mode_a_demo_account_cannot_sign_in_but_a_real_one_can()
    {
        await app.SeedDemoAsync();
        var refused = await AppFactory.PostFormAsync(app.Client(), "/Account/Login",
            new() { ["Input.Email"] = "admin@ppid.demo", ["Input.Password"] = DemoProvince.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("E-mail atau kata sandi salah.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var real = new AppUser { UserName = "admin@kalbarprov.go.id", Email = "admin@kalbarprov.go.id", FullName = "Admin Sungguhan" };
            Assert.True((await users.CreateAsync(real, "Sandi-Sungguhan-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(real, Roles.Admin)).Succeeded);
        }

        await app.SignedInAsync("admin@kalbarprov.go.id", "Sandi-Sungguhan-2026");
    }
}
