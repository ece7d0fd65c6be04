namespace SipPpid.Domain;

/// <summary>
/// A staff member's API token for an integration. Only the SHA-256 hash of the secret is stored (the secret is
/// shown once, when created); the prefix lets people recognise a token in lists. A request made with the token
/// acts as its owner with the owner's current roles and unit, so its scope follows the owner's.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The first characters of the secret ("ppid_Ab3dE9x"), shown in lists; not enough to use it.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lowercase hex SHA-256 of the whole secret.</summary>
    public string Hash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The first instant at which the token no longer works; null = until revoked.</summary>
    public DateTime? ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && (ExpiresAtUtc is null || nowUtc < ExpiresAtUtc);
}
