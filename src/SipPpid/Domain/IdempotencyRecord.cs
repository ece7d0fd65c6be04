namespace SipPpid.Domain;

/// <summary>
/// The first answer to an idempotent submission, returned again for a retry with the same key and the same body
/// (<see cref="RequestHash"/>) until the key expires.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Key { get; set; } = "";
    public int RequestId { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>SHA-256 (hex) of the canonical submission the key was first used with.</summary>
    public string RequestHash { get; set; } = "";
}
