using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Settings;
using SipPpid.Features.Units;

namespace SipPpid.Features.Demo;

/// <summary>Loads the demo province. Idempotent: what exists is left as it is.</summary>
public sealed class SeedDemo(AppDbContext db, UserManager<AppUser> users, DemoYear year, DemoDip dip, DemoDik dik, DemoSurvey survey,
    Infrastructure.Time.BodyClock clock)
{
    /// <summary>Units, users and settings; with <paramref name="withYear"/> also last year's and this year's requests, the DIP, the DIK and a year of survey responses (the command does).</summary>
    public async Task<string> RunAsync(bool withYear = true, CancellationToken ct = default)
    {
        var existing = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        var addedUnits = 0;
        if (!existing.TryGetValue(DemoProvince.RootCode, out var root))
        {
            if (existing.Values.Any(u => u.ParentId is null))
                throw new InvalidOperationException("This database already has another root unit; the demo needs an empty database.");
            root = DemoProvince.Root();
            db.Units.Add(root);
            existing[root.Code] = root;
            addedUnits++;
        }

        foreach (var d in DemoProvince.Units.Where(d => !existing.ContainsKey(d.Code)))
        {
            var unit = new Unit
            {
                Code = d.Code,
                Name = d.Name,
                Kind = UnitKind.Pembantu,
                Parent = existing[d.Parent],
                Address = d.Address ?? DemoProvince.OfficeComplex,
                Phone = "(0561) 000000",
                Email = $"ppid.{d.Code.ToLowerInvariant()}@ppid.demo",
                OfficerName = d.Officer,
                OfficerNip = d.Nip,
            };
            db.Units.Add(unit);
            existing[d.Code] = unit;
            addedUnits++;
        }

        UnitTree.RecomputePaths(existing.Values);
        foreach (var (key, value) in new[]
                 {
                     (SettingKeys.BodyName, "Pemerintah Provinsi Kalimantan Barat"),
                     (SettingKeys.BodyCity, "Pontianak"),
                     (SettingKeys.BodyAddress, "Jl. Ahmad Yani, Pontianak 78124"),
                 })
        {
            if (await db.GetSettingAsync(key, ct) is null) await db.SetSettingAsync(key, value, ct);
        }

        await db.SaveChangesAsync(ct);

        var addedUsers = 0;
        foreach (var u in DemoProvince.Users)
        {
            if (await users.FindByEmailAsync(u.Email) is not null) continue;
            var user = new AppUser
            {
                UserName = u.Email,
                Email = u.Email,
                EmailConfirmed = true,
                FullName = u.Name,
                Nip = u.Nip,
                UnitId = u.Unit is null ? null : existing[u.Unit].Id,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, DemoProvince.Password));
            Check(await users.AddToRoleAsync(user, u.Role));
            addedUsers++;
        }

        if (addedUnits + addedUsers > 0)
        {
            db.Audit(null, "demo.seed", $"{addedUnits} units and {addedUsers} demo accounts added");
            await db.SaveChangesAsync(ct);
        }

        var requests = withYear ? await year.RunAsync(clock.Today, ct) : 0;
        var entries = withYear ? await dip.RunAsync(clock.Today, ct) : 0;
        var exempt = withYear ? await dik.RunAsync(clock.Today, ct) : 0;
        var responses = withYear ? await survey.RunAsync(clock.Today, ct) : 0;
        return $"Demo province ready: {addedUnits} units and {addedUsers} users added ({existing.Count} units in all); {requests} requests of {DemoYear.Years(clock.Today)[0]} and {DemoYear.Years(clock.Today)[1]} added; {entries} DIP entries, {exempt} DIK entries and {responses} survey responses added.";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
