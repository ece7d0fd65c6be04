using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Objections;

/// <summary>The Register Keberatan's filter, shared by the list page and its exports so they cannot drift apart.</summary>
public sealed class ObjectionFilter
{
    public string? Q { get; set; }
    public string? Status { get; set; }
    public string? Unit { get; set; }

    /// <summary>The unit and every unit below it (a report's subtree).</summary>
    public string? Under { get; set; }

    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>`on_track`, `due_soon` or `overdue` (unanswered objections only).</summary>
    public string? State { get; set; }

    /// <summary>`received` (default, newest first), `received_asc` or `deadline`.</summary>
    public string? Sort { get; set; }
}

/// <summary>The list of disputes behind the report's "Sengketa" figures (registered in a period, by outcome as of a day).</summary>
public sealed class DisputeFilter
{
    public string? Unit { get; set; }

    /// <summary>The unit and every unit below it (a report's subtree).</summary>
    public string? Under { get; set; }

    /// <summary>Registered at the Komisi Informasi on or after.</summary>
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>An outcome code (ObjectionCodes.Outcomes) or `pending`, as of <see cref="AsOf"/> (ReportRules.DisputeOutcomeIs).</summary>
    public string? Outcome { get; set; }

    public DateOnly? AsOf { get; set; }
}

public static class ObjectionQueries
{
    /// <summary>Objections on requests handled by a unit inside the scope.</summary>
    public static IQueryable<Objection> InScope(this IQueryable<Objection> objections, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return objections.Where(scope.Filter<Objection>(o => o.Request!.Unit!.Path));
    }

    public static IQueryable<Dispute> InScope(this IQueryable<Dispute> disputes, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return disputes.Where(scope.Filter<Dispute>(d => d.Request!.Unit!.Path));
    }

    public static IQueryable<Objection> Matching(this IQueryable<Objection> q, ObjectionFilter f, WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Status is { } s && ObjectionCodes.Statuses.TryGetValue(s, out var status)) q = q.Where(o => o.Status == status);
        if (!string.IsNullOrWhiteSpace(f.Unit)) q = q.Where(o => o.Request!.Unit!.Code == f.Unit);
        if (!string.IsNullOrWhiteSpace(f.Under)) q = q.Where(o => o.Request!.Unit!.Path.Contains("/" + f.Under + "/"));
        if (f.From is { } from) q = q.Where(o => o.ReceivedDate >= from);
        if (f.To is { } to) q = q.Where(o => o.ReceivedDate <= to);
        if (f.State == "overdue") q = q.Where(ObjectionRules.Overdue(today));
        if (f.State is "due_soon" or "on_track")
        {
            var until = calendar.DueSoonUntil(today);
            q = q.Where(f.State == "due_soon" ? ObjectionRules.DueSoon(today, until) : ObjectionRules.OnTrack(until));
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var pattern = "%" + f.Q.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%";
            q = q.Where(o => EF.Functions.Like(o.ObjectionNumber.ToLower(), pattern) || EF.Functions.Like(o.Request!.RegistrationNumber.ToLower(), pattern)
                             || EF.Functions.Like(o.Request!.ApplicantName.ToLower(), pattern) || EF.Functions.Like(o.CaseDescription.ToLower(), pattern)
                             || (o.ProxyName != null && EF.Functions.Like(o.ProxyName.ToLower(), pattern)));
        }

        return f.Sort switch
        {
            "deadline" => q.OrderBy(o => o.Deadline).ThenBy(o => o.Id),
            "received_asc" => q.OrderBy(o => o.ReceivedDate).ThenBy(o => o.Id),
            _ => q.OrderByDescending(o => o.ReceivedDate).ThenByDescending(o => o.Id),
        };
    }

    /// <summary>The disputes of a filter, oldest registration first: the report's rules, so the list is exactly what a figure counts.</summary>
    public static IQueryable<Dispute> Matching(this IQueryable<Dispute> q, DisputeFilter f, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!string.IsNullOrWhiteSpace(f.Unit)) q = q.Where(d => d.Request!.Unit!.Code == f.Unit);
        if (!string.IsNullOrWhiteSpace(f.Under)) q = q.Where(d => d.Request!.Unit!.Path.Contains("/" + f.Under + "/"));
        q = q.Where(ReportRules.DisputeRegistered(f.From ?? DateOnly.MinValue, f.To ?? DateOnly.MaxValue));
        var asOf = f.AsOf ?? today;
        if (f.Outcome == "pending") q = q.Where(ReportRules.DisputeOutcomeIs(null, asOf));
        else if (f.Outcome is { } code && ObjectionCodes.Outcomes.TryGetValue(code, out var outcome)) q = q.Where(ReportRules.DisputeOutcomeIs(outcome, asOf));
        return q.OrderBy(d => d.RegisteredDate).ThenBy(d => d.Id);
    }

    /// <summary>The objection with this number and tracking code (both required), with its request and unit; a wrong code finds nothing.</summary>
    public static IQueryable<Objection> ByTracking(this IQueryable<Objection> objections, string? number, string? code)
    {
        var n = number?.Trim() ?? "";
        var c = code?.Trim().ToUpperInvariant() ?? "";
        if (n.Length == 0 || c.Length == 0) return objections.Where(_ => false);
        return objections.Include(o => o.Request).ThenInclude(r => r!.Unit).Where(o => o.ObjectionNumber == n && o.TrackingCode == c);
    }

    /// <summary>"Nama Kuasa (kuasa dari Pemohon)" or the applicant's name.</summary>
    public static string ApplicantOrProxy(string applicant, string? proxy) => proxy is null ? applicant : $"{proxy} (kuasa dari {applicant})";
}
