using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// Information requested repeatedly: the granted requests of the last <see cref="RepeatedRequestRules.Months"/>
/// months within the officer's unit scope (the latest <see cref="RepeatedRequestRules.Cap"/> at most), grouped by
/// what they asked for (<see cref="RepeatedRequestRules.Key"/>). The database filters and projects; the grouping
/// runs on that bounded set.
/// </summary>
public sealed class RepeatedRequests(AppDbContext db, BodyClock clock)
{
    public sealed record Item(int Id, string Number, string Information, string UnitCode, string UnitName, DateOnly Received, DateOnly? Notice);

    /// <summary>One repeated piece of information: its key words, its requests (latest first) and their units.</summary>
    public sealed record Group(string Key, IReadOnlyList<Item> Requests)
    {
        public Item Latest => Requests[0];
        public IReadOnlyList<string> Units => Requests.Select(r => r.UnitName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public sealed record Result(DateOnly Since, int Compared, bool Capped, IReadOnlyList<Group> Groups);

    public async Task<Result> ListAsync(UnitScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var since = RepeatedRequestRules.Since(clock.Today);
        var rows = await db.Requests.AsNoTracking().InScope(scope).Where(RepeatedRequestRules.Granted).Where(r => r.ReceivedDate >= since)
            .OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.Id).Take(RepeatedRequestRules.Cap + 1)
            .Select(r => new Item(r.Id, r.RegistrationNumber, r.InformationRequested, r.Unit!.Code, r.Unit.Name, r.ReceivedDate, r.NoticeDate))
            .ToListAsync(ct);
        var capped = rows.Count > RepeatedRequestRules.Cap;
        if (capped) rows.RemoveAt(rows.Count - 1);
        var groups = rows.Select(r => (Key: RepeatedRequestRules.Key(r.Information), Item: r)).Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, StringComparer.Ordinal)
            .Where(g => g.Count() >= RepeatedRequestRules.MinimumRequests)
            .Select(g => new Group(g.Key, g.Select(x => x.Item).ToList()))
            .OrderByDescending(g => g.Requests.Count).ThenByDescending(g => g.Latest.Received).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return new Result(since, rows.Count, capped, groups);
    }
}
