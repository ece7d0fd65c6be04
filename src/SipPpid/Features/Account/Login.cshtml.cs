using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Domain;

namespace SipPpid.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [EmailAddress(ErrorMessage = "{0} tidak valid.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "{0} wajib diisi.")]
        [DataType(DataType.Password)]
        [Display(Name = "Kata sandi")]
        public string Password { get; set; } = "";

        [Display(Name = "Ingat saya")]
        public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl!);
            var user = await users.FindByEmailAsync(Input.Email.Trim());
            return LocalRedirect(user is not null && await users.IsInRoleAsync(user, Infrastructure.Auth.Roles.Applicant) ? "/Akun/Permohonan" : "/");
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam 15 menit."]
            : t["E-mail atau kata sandi salah."]);
        Input.Password = "";
        return Page();
    }
}
