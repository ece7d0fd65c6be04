using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Domain;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // Ends the session server-side too: a copy of the cookie no longer works.
        await ServerSessions.SignOutAsync(HttpContext, signIn);
        return LocalRedirect("/");
    }
}
