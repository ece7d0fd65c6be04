using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SipPpid.Domain;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Account;

/// <summary>
/// Sign-in for staff and applicants. Limited per client address (<see cref="RateLimits.SignIn"/>) and per account
/// name (<see cref="AccountThrottle"/>); five wrong passwords lock the account for a while (Identity's lockout).
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountThrottle throttle, IOptions<IdentityOptions> identity,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [MailAddress(ErrorMessage = "{0} tidak valid.")]
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
        var email = Input.Email.Trim();
        if (!throttle.TrySignIn(email)) return StatusCode(StatusCodes.Status429TooManyRequests);
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl!);
            // Staff land on their work queue (the Dasbor), applicants on their own requests.
            var user = await users.FindByEmailAsync(email);
            IList<string> roles = user is null ? [] : await users.GetRolesAsync(user);
            return LocalRedirect(roles.Any(r => Infrastructure.Auth.Roles.All.Contains(r)) ? "/Dasbor"
                : roles.Contains(Infrastructure.Auth.Roles.Applicant) ? "/Akun/Permohonan" : "/");
        }

        // One answer for an unknown address, a wrong password and a temporary lock, so the form tells no one which
        // addresses have an account (the lock is not confirmed even to the right password: that would let a guesser
        // carry on through it). Only the right password learns that the admin locked the account.
        var lockedByAdmin = result.IsLockedOut && await users.FindByEmailAsync(email) is { LockoutEnd: var end } locked
            && end == DateTimeOffset.MaxValue && await users.CheckPasswordAsync(locked, Input.Password);
        ModelState.AddModelError("", lockedByAdmin ? t["Akun ini dikunci oleh admin. Hubungi admin PPID."]
            : t["E-mail atau kata sandi salah. Setelah {0} kali salah, akun dikunci sementara selama {1} menit.",
                identity.Value.Lockout.MaxFailedAccessAttempts, identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        Input.Password = "";
        return Page();
    }
}
