using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Features.Settings;

namespace SipPpid.Features.Units;

[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(AppDbContext db, SaveUnit save, CurrentBody body, IStringLocalizer<SharedResource> t) : PageModel, IUnitFieldsPage
{
    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public bool CanEditStructure => true;
    public bool CodeReadOnly => false;
    public bool IsRoot { get; private set; }
    public string PembantuLabel { get; private set; } = "";
    public IReadOnlyList<UnitRow> ParentChoices { get; private set; } = [];

    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var e) ? e.Errors.FirstOrDefault()?.ErrorMessage : null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (unit, errors) = await save.CreateAsync(Form, User, ct);
            if (unit is not null)
            {
                TempData["Message"] = t["Unit {0} telah ditambahkan.", unit.Code].Value;
                return RedirectToPage("Index");
            }

            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PembantuLabel = (await body.GetAsync(ct)).PembantuLabel;
        ParentChoices = await db.ParentChoicesAsync(null, ct);
        IsRoot = !await db.Units.AnyAsync(ct);
    }
}
