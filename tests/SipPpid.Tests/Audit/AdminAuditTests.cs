using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Audit;

/// <summary>Administrative actions leave an audit entry naming who did what to whom.</summary>
public abstract class AdminAuditTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<AuditEntry>> EntriesAsync(string subject) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_role_change_a_lock_an_unlock_and_a_password_reset_by_the_admin_are_recorded()
    {
        var user = await app.AccountAsync("diaudit@contoh.id", Roles.PpidUtama);
        var admin = await app.SignedInAsync("admin@ppid.demo");
        var page = $"/Users/Edit/{user.Id}";
        var saved = await AppFactory.PostFormAsync(admin, page, new()
        {
            ["Form.FullName"] = "Akun diaudit@contoh.id",
            ["Form.Role"] = Roles.PpidPembantu,
            ["Form.UnitCode"] = "DINKES",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(admin, page + "?handler=Lock", [], formPage: page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(admin, page + "?handler=Unlock", [], formPage: page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AppFactory.PostFormAsync(admin, page + "?handler=ResetPassword", [], formPage: page)).StatusCode);

        var entries = await EntriesAsync("diaudit@contoh.id");
        Assert.Equal(["user.role-change", "user.update", "user.lock", "user.unlock", "user.password-reset"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("admin@ppid.demo", e.UserName));
        Assert.Contains("\"to\":\"PpidPembantu\"", entries[0].Details, StringComparison.Ordinal);
        Assert.Contains("PpidUtama", entries[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_settings_and_a_unit_deactivation_are_recorded()
    {
        var admin = await app.SignedInAsync("admin@ppid.demo");
        var body = await AppFactory.PostFormAsync(admin, "/Settings/Body", new()
        {
            ["Form.BodyName"] = "Pemerintah Provinsi Kalimantan Barat",
            ["Form.City"] = "Pontianak",
            ["Form.Address"] = "Jl. Ahmad Yani",
            ["Form.PembantuLabel"] = "PPID Pelaksana",
        });
        Assert.Equal(HttpStatusCode.Redirect, body.StatusCode);
        Assert.Contains(await EntriesAsync("Pemerintah Provinsi Kalimantan Barat"), e => e.Action == "settings.body" && e.Details!.Contains("PPID Pelaksana", StringComparison.Ordinal));

        var rsjd = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "RSJD").Select(u => u.Id).SingleAsync());
        var off = await AppFactory.PostFormAsync(admin, $"/Units/Edit/{rsjd}?handler=Deactivate", [], formPage: $"/Units/Edit/{rsjd}");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains(await EntriesAsync("RSJD"), e => e.Action == "unit.deactivate" && e.UserName == "admin@ppid.demo");
    }

    [Fact]
    public async Task A_holiday_import_from_the_command_line_is_recorded_as_the_system()
    {
        var csv = Support.Cli.TempFile("""
            date,kind,name_id,name_en,source
            2027-08-18,cuti_bersama,Cuti bersama uji audit,Test leave,Uji
            """);
        var result = await Support.Cli.RunAsync(app.Database, "import", "holidays", csv);
        Assert.Equal(0, result.ExitCode);
        var entry = Assert.Single(await EntriesAsync("1 added, 0 updated"), e => e.Action == "holidays.import");
        Assert.Equal("system (command line)", entry.UserName);
    }
}

public sealed class AdminAuditTestsSqlite(SqliteApp app) : AdminAuditTests<SqliteApp>(app);

public sealed class AdminAuditTestsPostgres(PostgresApp app) : AdminAuditTests<PostgresApp>(app);
