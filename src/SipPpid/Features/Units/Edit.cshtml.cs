using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Units;

/// <summary>
/// A unit's details. Outside the user's unit scope the unit does not exist (404). Admins edit everything;
/// PPID officers edit the contact and officer fields of units in their scope; the Atasan PPID only reads.
/// </summary>
public sealed class EditModel(AppDbContext db, CurrentScope scope, SaveUnit save, CurrentBody body, IStringLocalizer<SharedResource> t)
    : PageModel, IUnitFieldsPage
{
    private Unit? _unit;

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public bool CanEditStructure => User.IsInRole(Roles.Admin);
    public bool CanEditContact => CanEditStructure || User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);
    public bool CodeReadOnly => true;
    public bool IsRoot => _unit?.ParentId is null;
    public bool IsActive => _unit?.IsActive == true;
    public string PembantuLabel { get; private set; } = "";
    public IReadOnlyList<UnitRow> ParentChoices { get; private set; } = [];

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var e) ? e.Errors.FirstOrDefault()?.ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = UnitForm.From(_unit!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEditContact) return Forbid();
        Form.Code = _unit!.Code; // the code never changes
        if (!CanEditStructure)
        {
            // Only contact fields are posted; the identity fields stay as stored.
            var stored = UnitForm.From(_unit);
            (Form.Name, Form.Kind, Form.ParentCode) = (stored.Name, stored.Kind, stored.ParentCode);
        }

        // Validate what will be saved, not what was posted (the code and, for officers, the identity are fixed).
        ModelState.Clear();
        if (TryValidateModel(Form, nameof(Form)))
        {
            var errors = await save.UpdateAsync(_unit, Form, CanEditStructure, User, ct);
            if (errors.Count == 0)
            {
                TempData["Message"] = t["Perubahan unit {0} telah disimpan.", _unit.Code].Value;
                return RedirectToPage("Edit", new { id });
            }

            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
        }

        return Page();
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostActivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEditStructure) return Forbid();
        var error = await save.SetActiveAsync(_unit!, active, User, ct);
        if (error is not null)
        {
            Form = UnitForm.From(_unit!);
            ModelState.AddModelError("", error.Message);
            return Page();
        }

        TempData["Message"] = (active ? t["Unit {0} diaktifkan kembali.", _unit!.Code] : t["Unit {0} dinonaktifkan.", _unit!.Code]).Value;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        _unit = await db.Units.InScope(await scope.GetAsync(ct)).Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (_unit is null) return false;
        PembantuLabel = (await body.GetAsync(ct)).PembantuLabel;
        ParentChoices = CanEditStructure ? await db.ParentChoicesAsync(_unit, ct) : [];
        if (!CanEditStructure && _unit.Parent is { } p)
            ParentChoices = [new UnitRow(p.Id, p.Code, p.Name, p.Kind, null, p.Path, p.IsActive, null, null, null, null)];
        return true;
    }
}
