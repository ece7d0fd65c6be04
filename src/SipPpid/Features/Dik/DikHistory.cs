using System.Security.Claims;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// Every change of a DIK entry in one place: its history event (who, when, which decree, why), its audit entry, and
/// <see cref="DikEntry.ChangedAtUtc"/>. A job acting without a user passes null (the system).
/// </summary>
public sealed class DikHistory(AppDbContext db, BodyClock clock)
{
    public DateOnly Today => clock.Today;
    public DateTime UtcNow => clock.UtcNow;

    public void Record(DikEntry entry, DikEventKind kind, ClaimsPrincipal? user, DikDecree? decree = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var actor = user is null ? Actor.System : Actor.From(user);
        var now = clock.UtcNow;
        entry.ChangedAtUtc = now;
        db.DikEntryEvents.Add(new DikEntryEvent
        {
            Entry = entry,
            Kind = kind,
            AtUtc = now,
            Date = clock.Today,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Decree = decree,
            Note = note,
        });
        db.Audit(user, "dik." + kind.ToString().ToLowerInvariant(), $"DIK {entry.UnitId}/{entry.Number}: {Shorten(entry.Information)}",
            decree is null && note is null ? null : new { decree = decree?.Number, note });
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";
}
