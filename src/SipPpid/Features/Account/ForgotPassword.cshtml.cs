using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Account;

/// <summary>
/// "Lupa kata sandi": e-mails a reset link through the outbox. The answer is the same whether or not the address
/// belongs to an account, so the form cannot tell who has one. Limited per client address and per e-mail address.
/// An account locked by the admin gets no link.
/// </summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, PasswordMails mails, AccountThrottle throttle, AppDbContext db) : PageModel
{
    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [MailAddress(ErrorMessage = "{0} tidak valid.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        if (!throttle.TryPasswordReset(email)) return StatusCode(StatusCodes.Status429TooManyRequests);
        var user = await users.FindByEmailAsync(email);
        if (user is not null && user.LockoutEnd != DateTimeOffset.MaxValue)
        {
            mails.ResetLink(user, await users.GeneratePasswordResetTokenAsync(user));
            db.Audit(User, "account.password-reset-requested", user.Email);
            await db.SaveChangesAsync(ct);
        }

        Sent = true;
        return Page();
    }
}
