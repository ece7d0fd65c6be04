using System.Security.Claims;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>
/// Every change of an entry in one place: the entry's history event (who, when, why), its audit entry, and
/// <see cref="DipEntry.ChangedAtUtc"/>; a content change also moves the tanggal pemutakhiran (<see cref="DipEntry.UpdatedDate"/>).
/// </summary>
public sealed class DipHistory(AppDbContext db, BodyClock clock)
{
    public DateOnly Today => clock.Today;

    public void Record(DipEntry entry, DipEventKind kind, ClaimsPrincipal user, string? reason = null, bool contentChanged = false, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var actor = Actor.From(user);
        var now = clock.UtcNow;
        entry.ChangedAtUtc = now;
        if (contentChanged) entry.UpdatedDate = clock.Today;
        db.DipEntryEvents.Add(new DipEntryEvent
        {
            Entry = entry,
            Kind = kind,
            AtUtc = now,
            Date = clock.Today,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Reason = reason,
        });
        db.Audit(user, "dip." + kind.ToString().ToLowerInvariant(), $"DIP {entry.UnitId}/{entry.Number}: {entry.Title}", details ?? (reason is null ? null : new { reason }));
    }
}
