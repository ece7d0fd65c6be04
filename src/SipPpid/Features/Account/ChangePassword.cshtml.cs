using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;

namespace SipPpid.Features.Account;

public sealed class ChangePasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, PasswordMails mails, AppDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public sealed class PasswordInput : NewPasswordInput
    {
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi sekarang")]
        public string CurrentPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", e.Description);
            return Page();
        }

        db.Audit(User, "account.password-changed", user.Email);
        mails.Changed(user);
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = t["Kata sandi telah diubah."].Value;
        return RedirectToPage("/Home/Index");
    }
}
