using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Data;
using SipPpid.Features.Units;

namespace SipPpid.Features.Users;

public sealed class CreateModel(AppDbContext db, CreateStaffAccount create) : PageModel
{
    [BindProperty]
    public UserForm Form { get; set; } = new();

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public string? CreatedEmail { get; private set; }
    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Units = await db.ParentChoicesAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await create.RunAsync(new CreateStaffAccount.Input(Form.Email, Form.Role, Form.UnitCode, null, Form.FullName, Form.Nip), User, ct);
            if (result.Succeeded)
            {
                CreatedEmail = result.User!.Email;
                CreatedPassword = result.GeneratedPassword;
                return Page();
            }

            foreach (var (field, message) in result.Errors) ModelState.AddModelError("Form." + field, message);
        }

        Units = await db.ParentChoicesAsync(null, ct);
        return Page();
    }
}
