using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dip;

/// <summary>A new DIP entry in a unit of the officer's scope, saved as a draft or published.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class CreateModel(AppDbContext db, CurrentScope scope, SaveDipEntry save, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public DipForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var units = await LoadUnitsAsync(ct);
        Form.UnitId = int.TryParse(User.FindFirst(AppClaims.UnitId)?.Value, out var own) && units.Any(u => u.Id == own) ? own : units.Count > 0 ? units[0].Id : null;
    }

    public async Task<IActionResult> OnPostAsync(string? submit, CancellationToken ct)
    {
        var units = await LoadUnitsAsync(ct);
        if (Form.UnitId is not { } unitId || !units.Any(u => u.Id == unitId))
        {
            ModelState.AddModelError("Form.UnitId", t["Pilih unit di lingkup Anda."]);
            return Page();
        }

        var (entry, errors) = await save.CreateAsync(unitId, Form, submit == "publish", User, null, null, ct);
        if (entry is null)
        {
            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        TempData["Message"] = t["Entri DIP nomor {0} telah disimpan. Unggah dokumennya di sini.", entry.Number].Value;
        return RedirectToPage("Edit", new { id = entry.Id });
    }

    /// <summary>The active units of the scope, offered as the entry's list (also the check of a posted unit).</summary>
    private async Task<IReadOnlyList<(int Id, string Code, string Name)>> LoadUnitsAsync(CancellationToken ct)
    {
        var units = (await db.Units.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Code, u.Name)).ToList();
        ViewData["DipUnits"] = units;
        return units;
    }
}
