using System.Security.Claims;
using System.Text.Json;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Audit;

public static class AuditLog
{
    /// <summary>
    /// Records an action in the unit of work (saved with the change it describes). <paramref name="user"/> is null for
    /// the command line; an anonymous web user (a password reset by e-mail link) is recorded as such.
    /// </summary>
    public static void Audit(this AppDbContext db, ClaimsPrincipal? user, string action, string? subject, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = details switch
        {
            null => null,
            string s => s,
            _ => JsonSerializer.Serialize(details),
        };
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user is null ? "system (command line)" : user.Identity?.IsAuthenticated == true ? user.Identity.Name : "anonymous (web)",
            Action = action,
            Subject = subject?.Length > 300 ? subject[..300] : subject,
            Details = text?.Length > 4000 ? text[..4000] : text,
        });
    }
}
