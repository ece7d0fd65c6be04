namespace SipPpid.Domain;

/// <summary>Who did what, when: one row per administrative action.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public string? Subject { get; set; }
    public string? Details { get; set; }
}
