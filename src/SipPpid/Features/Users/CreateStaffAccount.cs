using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Users;

/// <summary>Creates a staff account (used by the admin page and by `user add`).</summary>
public sealed class CreateStaffAccount(AppDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> t)
{
    public sealed record Input(string Email, string Role, string? UnitCode, string? Password, string? FullName, string? Nip);

    /// <summary>Errors are keyed by field ("Email", "Role", "UnitCode", "Password").</summary>
    public sealed record Result(AppUser? User, string? GeneratedPassword, IReadOnlyList<(string Field, string Message)> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> RunAsync(Input input, ClaimsPrincipal? actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        var email = input.Email.Trim();
        if (!MailAddresses.IsValid(email))
            errors.Add(("Email", t["Alamat e-mail tidak valid."].Value));
        else if (await users.FindByEmailAsync(email) is not null)
            errors.Add(("Email", t["Sudah ada akun dengan e-mail ini."].Value));

        var role = Roles.All.Contains(input.Role) ? input.Role : Roles.FromCode(input.Role);
        if (role is null) errors.Add(("Role", t["Peran tidak dikenal (admin, ppid_utama, ppid_pembantu, atasan_ppid)."].Value));

        Unit? unit = null;
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            unit = await db.Units.FirstOrDefaultAsync(u => u.Code == input.UnitCode.Trim(), ct);
            if (unit is null) errors.Add(("UnitCode", t["Unit '{0}' tidak ada.", input.UnitCode].Value));
            else if (!unit.IsActive) errors.Add(("UnitCode", t["Unit '{0}' tidak aktif.", input.UnitCode].Value));
        }
        else if (role == Roles.PpidPembantu)
        {
            errors.Add(("UnitCode", t["Petugas PPID Pembantu harus terikat pada satu unit."].Value));
        }

        if (errors.Count > 0) return new Result(null, null, errors);

        var generated = string.IsNullOrEmpty(input.Password) ? GeneratePassword() : null;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = string.IsNullOrWhiteSpace(input.FullName) ? email : input.FullName.Trim(),
            Nip = string.IsNullOrWhiteSpace(input.Nip) ? null : input.Nip.Trim(),
            UnitId = unit?.Id,
            LockoutEnabled = true,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, generated ?? input.Password!);
        if (!created.Succeeded)
            return new Result(null, null, created.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description)).ToList());
        var added = await users.AddToRoleAsync(user, role!);
        if (!added.Succeeded)
            return new Result(null, null, added.Errors.Select(e => ("Role", e.Description)).ToList());
        db.Audit(actor, "user.create", email, new { role, unit = unit?.Code });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Result(user, generated, []);
    }

    /// <summary>A random password that satisfies the password rules (upper, lower, digit, 16 chars).</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
