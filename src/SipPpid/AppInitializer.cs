using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Calendar;
using SipPpid.Infrastructure.Auth;

namespace SipPpid;

/// <summary>What every start needs: the schema, the roles and the bundled holiday list.</summary>
public static class AppInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await db.MigrateAsync(ct);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Append(Roles.Applicant))
        {
            if (await roles.RoleExistsAsync(role)) continue;
            var created = await roles.CreateAsync(new IdentityRole(role));
            // Another instance may have created it at the same moment.
            if (!created.Succeeded && !await roles.RoleExistsAsync(role))
                throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await sp.GetRequiredService<ImportHolidays>().SeedBundledAsync(ct);

        // Loads (on a new database: creates) the Data Protection key ring now, so instances started after `migrate`
        // or after the first instance find one key instead of each creating its own.
        sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("SipPpid.Start").Protect("ready"u8.ToArray());

        // Stored deadline columns computed by other deadline rules (or not yet computed) follow the code's rules.
        await sp.GetRequiredService<CalendarChanged>().RunIfRulesChangedAsync(ct);

        await SqliteStatistics.RefreshAsync(db, ct: ct);
    }
}
