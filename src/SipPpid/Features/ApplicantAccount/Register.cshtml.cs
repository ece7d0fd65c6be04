using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.ApplicantAccount;

/// <summary>
/// An applicant's optional account: with it, every request they submit signed in is listed in one place. Signing up
/// answers the same for every address ("check your e-mail") and creates nothing: see <see cref="ApplicantSignUp"/>.
/// </summary>
[EnableRateLimiting(RateLimits.PublicSubmissions)]
public sealed class RegisterModel(UserManager<AppUser> users, ApplicantSignUp signUp, AppDbContext db) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>The form was accepted: the page says to check the mailbox, whatever the address.</summary>
    public bool Sent { get; private set; }

    public sealed class RegisterInput
    {
        [Display(Name = "Nama lengkap")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string FullName { get; set; } = "";

        [Display(Name = "E-mail")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [MailAddress(ErrorMessage = "{0} tidak valid.")]
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var candidate = new AppUser { UserName = email, Email = email, FullName = Input.FullName.Trim() };
        // The password rules are checked alike for every address, before anything depends on whether it is known.
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, candidate, Input.Password);
            foreach (var e in checkedPassword.Errors) ModelState.AddModelError("Input.Password", e.Description);
        }

        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(email) is { } owner) signUp.AlreadyRegistered(owner);
        else signUp.ActivationLink(new(email, candidate.FullName, users.PasswordHasher.HashPassword(candidate, Input.Password)));
        await db.SaveChangesAsync(ct);

        Sent = true;
        ModelState.Clear();
        Input = new RegisterInput { Email = email };
        return Page();
    }
}
