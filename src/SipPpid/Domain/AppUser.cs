using Microsoft.AspNetCore.Identity;

namespace SipPpid.Domain;

/// <summary>A staff account. PPID Pembantu officers are bound to one unit; the unit scopes what they see.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string? Nip { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
}
