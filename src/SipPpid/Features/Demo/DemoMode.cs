using Microsoft.AspNetCore.Identity;
using SipPpid.Domain;

namespace SipPpid.Features.Demo;

/// <summary>
/// Demo mode (<c>Demo:Enabled</c>; on by default except in Production). The demo accounts have a published password,
/// so outside demo mode they cannot sign in, even if a demo database is put into service, and <c>seed-demo</c>
/// refuses to run unless given <c>--force</c> (which loads the demo data but still leaves its accounts shut).
/// </summary>
public static class DemoMode
{
    public static bool IsOn(IConfiguration config, IHostEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(env);
        return config.GetValue<bool?>("Demo:Enabled") ?? !env.IsProduction();
    }

    public static bool IsDemoAccount(string? email) =>
        DemoProvince.Users.Any(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Identity asks this before every password sign-in (<c>SignIn.RequireConfirmedAccount</c>): every account may sign
/// in, except a demo account outside demo mode. A refusal reads like a wrong password and is logged.
/// </summary>
public sealed partial class DemoAccountGate(IConfiguration config, IHostEnvironment env, ILogger<DemoAccountGate> log) : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!DemoMode.IsDemoAccount(user.Email) || DemoMode.IsOn(config, env)) return Task.FromResult(true);
        Refused(log, user.Email);
        return Task.FromResult(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: {Email} is a demo account and demo mode is off (Demo:Enabled)")]
    private static partial void Refused(ILogger logger, string? email);
}
