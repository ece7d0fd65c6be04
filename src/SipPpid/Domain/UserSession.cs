namespace SipPpid.Domain;

/// <summary>
/// A sign-in session as the server knows it: created when someone signs in (its id travels inside the encrypted
/// sign-in cookie) and deleted when they sign out, so a copy of the cookie stops working at once (ASVS 3.3.1), on
/// every instance and after restarts. Rows older than the absolute session lifetime are deleted at later sign-ins.
/// </summary>
public sealed class UserSession
{
    /// <summary>256 random bits, base64url.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
