using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Requests;

/// <summary>The register's filter, shared by the list page and its exports so they cannot drift apart.</summary>
public sealed class RequestFilter
{
    public string? Q { get; set; }
    public string? Status { get; set; }
    public string? Unit { get; set; }
    public string? Channel { get; set; }
    public string? Decision { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>`due_soon` or `overdue`.</summary>
    public string? State { get; set; }

    /// <summary>`received` (default, newest first), `received_asc`, `deadline`, `number`.</summary>
    public string? Sort { get; set; }

    public bool IsEmpty => Q is null && Status is null && Unit is null && Channel is null && Decision is null && From is null && To is null && State is null;
}

public static class RequestQueries
{
    /// <summary>Requests handled by a unit inside the scope.</summary>
    public static IQueryable<InformationRequest> InScope(this IQueryable<InformationRequest> requests, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return requests.Where(scope.Filter<InformationRequest>(r => r.Unit!.Path));
    }

    /// <summary>Applies the filter. Deadline states compare the stored deadline with today's thresholds from the calendar.</summary>
    public static IQueryable<InformationRequest> Matching(this IQueryable<InformationRequest> q, RequestFilter f, WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Status is { } s && RequestCodes.Statuses.TryGetValue(s, out var status)) q = q.Where(r => r.Status == status);
        if (f.Channel is { } c && RequestCodes.Channels.TryGetValue(c, out var channel)) q = q.Where(r => r.Channel == channel);
        if (f.Decision is { } d && RequestCodes.Decisions.TryGetValue(d, out var decision)) q = q.Where(r => r.Decision == decision);
        if (!string.IsNullOrWhiteSpace(f.Unit)) q = q.Where(r => r.Unit!.Code == f.Unit);
        if (f.From is { } from) q = q.Where(r => r.ReceivedDate >= from);
        if (f.To is { } to) q = q.Where(r => r.ReceivedDate <= to);
        var open = new[] { RequestStatus.Registered, RequestStatus.InProcess, RequestStatus.Incomplete };
        if (f.State == "overdue") q = q.Where(r => open.Contains(r.Status) && r.Deadline < today);
        if (f.State == "due_soon")
        {
            var until = calendar.DueSoonUntil(today);
            q = q.Where(r => open.Contains(r.Status) && r.Deadline >= today && r.Deadline <= until);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var pattern = "%" + f.Q.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%";
            q = q.Where(r => EF.Functions.Like(r.RegistrationNumber.ToLower(), pattern) || EF.Functions.Like(r.ApplicantName.ToLower(), pattern)
                             || EF.Functions.Like(r.InformationRequested.ToLower(), pattern));
        }

        return f.Sort switch
        {
            "received_asc" => q.OrderBy(r => r.ReceivedDate).ThenBy(r => r.Id),
            "deadline" => q.OrderBy(r => r.Deadline).ThenBy(r => r.Id),
            "number" => q.OrderBy(r => r.RegistrationNumber),
            _ => q.OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.Id),
        };
    }

    /// <summary>"6171********0003": NIKs are personal data; lists and exports show only the ends.</summary>
    public static string? MaskNik(string? nik) => nik is { Length: 16 } ? nik[..4] + new string('*', 8) + nik[^4..] : nik;
}
