using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Units;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Users;

/// <summary>Edits a staff account: name, NIP, role and unit; lock, unlock and password reset.</summary>
public sealed class EditModel(AppDbContext db, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    private AppUser? _user;

    [BindProperty]
    public UserForm Form { get; set; } = new();

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public bool LockedOut { get; private set; }
    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await FillFormAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form.Email = _user!.Email ?? "";
        ModelState.Remove("Form.Email");
        var role = Roles.All.Contains(Form.Role) ? Form.Role : null;
        if (role is null) ModelState.AddModelError("Form.Role", t["Peran tidak dikenal."]);
        Unit? unit = null;
        if (!string.IsNullOrEmpty(Form.UnitCode))
        {
            unit = await db.Units.FirstOrDefaultAsync(u => u.Code == Form.UnitCode && u.IsActive, ct);
            if (unit is null) ModelState.AddModelError("Form.UnitCode", t["Unit tidak ada atau tidak aktif."]);
        }
        else if (role == Roles.PpidPembantu)
        {
            ModelState.AddModelError("Form.UnitCode", t["Petugas PPID Pembantu harus terikat pada satu unit."]);
        }

        if (!ModelState.IsValid) return Page();

        var before = new { _user.FullName, _user.Nip, roles = await users.GetRolesAsync(_user), unit = _user.UnitId };
        _user.FullName = Form.FullName.Trim();
        _user.Nip = string.IsNullOrWhiteSpace(Form.Nip) ? null : Form.Nip.Trim();
        _user.UnitId = unit?.Id;
        var current = await users.GetRolesAsync(_user);
        if (!current.SequenceEqual([role!]))
        {
            await users.RemoveFromRolesAsync(_user, current);
            await users.AddToRoleAsync(_user, role!);
            db.Audit(User, "user.role-change", _user.Email, new { from = current, to = role });
        }

        // A changed role or unit must apply at once, not at the next sign-in.
        await users.UpdateSecurityStampAsync(_user);
        db.Audit(User, "user.update", _user.Email, new { before, after = new { Form.FullName, Form.Nip, role, unit = unit?.Code } });
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Akun {0} telah disimpan.", _user.Email ?? ""].Value;
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        NewPassword = CreateStaffAccount.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(_user!);
        var result = await users.ResetPasswordAsync(_user!, token, NewPassword);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        db.Audit(User, "user.password-reset", _user!.Email);
        await db.SaveChangesAsync(ct);
        await FillFormAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) => SetLockAsync(id, DateTimeOffset.MaxValue, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => SetLockAsync(id, null, ct);

    private async Task<IActionResult> SetLockAsync(string id, DateTimeOffset? until, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (_user!.Id == users.GetUserId(User)) return BadRequest();
        await users.SetLockoutEnabledAsync(_user, true);
        await users.SetLockoutEndDateAsync(_user, until);
        await users.ResetAccessFailedCountAsync(_user);
        await users.UpdateSecurityStampAsync(_user);
        db.Audit(User, until is null ? "user.unlock" : "user.lock", _user.Email);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Edit", new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        _user = await users.FindByIdAsync(id);
        if (_user is null) return false;
        LockedOut = _user.LockoutEnd > DateTimeOffset.UtcNow;
        Units = await db.ParentChoicesAsync(null, ct);
        return true;
    }

    private async Task FillFormAsync(CancellationToken ct)
    {
        var unitCode = _user!.UnitId is { } uid ? await db.Units.Where(u => u.Id == uid).Select(u => u.Code).FirstOrDefaultAsync(ct) : null;
        Form = new UserForm
        {
            Email = _user.Email ?? "",
            FullName = _user.FullName,
            Nip = _user.Nip,
            Role = (await users.GetRolesAsync(_user)).FirstOrDefault() ?? Roles.PpidPembantu,
            UnitCode = unitCode,
        };
    }
}
