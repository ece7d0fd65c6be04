using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Account;

/// <summary>
/// The page of an e-mailed reset link: a new password for the account. The token expires
/// (<c>Security:PasswordResetMinutes</c>) and works once (the password change renews the security stamp it is bound
/// to, which also ends the account's other sessions). A lock after failed sign-ins is lifted; the admin's lock is not.
/// </summary>
[NoReferrer]
public sealed class ResetPasswordModel(UserManager<AppUser> users, PasswordMails mails, AppDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    /// <summary>False when the link is unknown, expired or used: the page offers a new one instead of the form.</summary>
    public bool LinkValid { get; private set; }

    public async Task OnGetAsync()
    {
        var (user, token) = await LinkAsync();
        LinkValid = user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<AppUser>.ResetPasswordTokenPurpose, token!);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (user, token) = await LinkAsync();
        LinkValid = user is not null;
        if (user is null || !ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, token!, Input.NewPassword);
        if (!result.Succeeded)
        {
            LinkValid = result.Errors.All(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var e in result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)))
                ModelState.AddModelError("Input.NewPassword", e.Description);
            return Page();
        }

        if (user.LockoutEnd is { } end && end != DateTimeOffset.MaxValue) await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        mails.Changed(user);
        db.Audit(User, "account.password-reset", user.Email);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Kata sandi telah diatur ulang. Silakan masuk dengan kata sandi baru."].Value;
        return RedirectToPage("Login");
    }

    private async Task<(AppUser? User, string? Token)> LinkAsync()
    {
        var token = PasswordMails.DecodeToken(Token);
        if (string.IsNullOrEmpty(UserId) || token is null) return (null, null);
        return (await users.FindByIdAsync(UserId), token);
    }
}
