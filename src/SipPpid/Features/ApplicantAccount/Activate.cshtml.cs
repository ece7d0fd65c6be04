using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.ApplicantAccount;

/// <summary>
/// The activation link of an applicant sign-up (<see cref="ApplicantSignUp"/>): opening it shows a button (a mail
/// scanner that follows links creates nothing); pressing it creates the account and signs in.
/// </summary>
[EnableRateLimiting(RateLimits.PublicSubmissions)]
public sealed class ActivateModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ApplicantSignUp signUp) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>What the link carries, or null when it is invalid or expired.</summary>
    public ApplicantSignUp.Pending? Pending { get; private set; }

    /// <summary>The address got an account meanwhile (the link was used already): sign in instead.</summary>
    public bool AlreadyActive { get; private set; }

    public void OnGet() => Pending = signUp.Read(Token);

    public async Task<IActionResult> OnPostAsync()
    {
        Pending = signUp.Read(Token);
        if (Pending is null) return Page();
        if (await users.FindByEmailAsync(Pending.Email) is not null)
        {
            AlreadyActive = true;
            return Page();
        }

        var user = new AppUser
        {
            UserName = Pending.Email,
            Email = Pending.Email,
            EmailConfirmed = true,
            FullName = Pending.FullName,
            PasswordHash = Pending.PasswordHash,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Two clicks at once: the other one created it.
            AlreadyActive = true;
            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Applicant);
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("MyRequests");
    }
}
