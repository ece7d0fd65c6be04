using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.ApplicantAccount;

/// <summary>An applicant's optional account: with it, every request they submit signed in is listed in one place.</summary>
[EnableRateLimiting(RateLimits.PublicSubmissions)]
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public sealed class RegisterInput
    {
        [Display(Name = "Nama lengkap")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string FullName { get; set; } = "";

        [Display(Name = "E-mail")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [EmailAddress(ErrorMessage = "{0} tidak valid.")]
        public string Email { get; set; } = "";

        [Display(Name = "Kata sandi")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Ulangi kata sandi")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Kedua kata sandi tidak sama.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new AppUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), FullName = Input.FullName.Trim(), LockoutEnabled = true };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", e.Description);
            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Applicant);
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("MyRequests");
    }
}
