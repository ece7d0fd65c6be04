using System.Text.Json;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Requests;

public static class RequestHistory
{
    /// <summary>Appends an event to the request's history in the unit of work.</summary>
    public static RequestEvent Record(this AppDbContext db, InformationRequest request, RequestEventKind kind, DateOnly date, Actor actor,
        string? note = null, object? data = null, int? fromUnitId = null, int? toUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var e = NewEvent(request, kind, date, actor, note, data, fromUnitId, toUnitId);
        db.RequestEvents.Add(e);
        return e;
    }

    /// <summary>The event <see cref="Record"/> would add, without a unit of work (the register import writes it in bulk).</summary>
    public static RequestEvent NewEvent(InformationRequest request, RequestEventKind kind, DateOnly date, Actor actor,
        string? note = null, object? data = null, int? fromUnitId = null, int? toUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new RequestEvent
        {
            Request = request,
            Kind = kind,
            Date = date,
            AtUtc = DateTime.UtcNow,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            Note = note,
            Data = data is null ? null : JsonSerializer.Serialize(data),
            FromUnitId = fromUnitId,
            ToUnitId = toUnitId,
        };
    }
}
