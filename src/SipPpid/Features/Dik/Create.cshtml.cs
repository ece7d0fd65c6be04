using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>A consequence test in a unit of the officer's scope: a new DIK entry and its first Surat Penetapan Klasifikasi.</summary>
[Authorize(Roles = DikAccess.Editors)]
public sealed class CreateModel(AppDbContext db, CurrentScope scope, ClassifyInformation classify, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(Name = "Dik")] public DikForm Dik { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var units = await LoadUnitsAsync(ct);
        Dik.UnitId = int.TryParse(User.FindFirst(AppClaims.UnitId)?.Value, out var own) && units.Any(u => u.Id == own) ? own : units.Count > 0 ? units[0].Id : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var units = await LoadUnitsAsync(ct);
        if (Dik.UnitId is not { } unitId || !units.Any(u => u.Id == unitId))
        {
            ModelState.AddModelError(DikForm.Prefix + nameof(DikForm.UnitId), t["Pilih unit di lingkup Anda."]);
            return Page();
        }

        // A value that did not bind (a date in another shape) is not taken as empty: the form comes back with it marked.
        if (!ModelState.IsValid)
        {
            foreach (var e in Dik.Validate(t)) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        var (entry, errors) = await classify.CreateAsync(unitId, Dik, User, null, ct);
        if (entry is null)
        {
            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        TempData["Message"] = t["Informasi nomor {0} masuk Daftar Informasi yang Dikecualikan; surat penetapannya siap dicetak.", entry.Number].Value;
        return RedirectToPage("Details", new { id = entry.Id });
    }

    /// <summary>The active units of the scope, offered as the entry's list (also the check of a posted unit).</summary>
    private async Task<IReadOnlyList<(int Id, string Code, string Name)>> LoadUnitsAsync(CancellationToken ct)
    {
        var units = (await db.Units.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Code, u.Name)).ToList();
        ViewData["DikUnits"] = units;
        return units;
    }
}
