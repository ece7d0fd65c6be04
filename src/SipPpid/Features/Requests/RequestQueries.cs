using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
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

    /// <summary>`on_track`, `due_soon` or `overdue` (requests not yet decided), or `follow_up` (reopened after an upheld objection).</summary>
    public string? State { get; set; }

    /// <summary>The unit and every unit below it (the total row of a report).</summary>
    public string? Under { get; set; }

    /// <summary>
    /// A figure of the service report whose requests to list (drill-down): decided, withdrawn, pending, extended,
    /// on_time, late, overdue, exemption:17h, days:4-7 — counted as of <see cref="AsOf"/> (default <see cref="To"/>).
    /// </summary>
    public string? Figure { get; set; }

    public DateOnly? AsOf { get; set; }

    /// <summary>`received` (default, newest first), `received_asc`, `deadline`, `number`.</summary>
    public string? Sort { get; set; }

    public bool IsEmpty => Q is null && Status is null && Unit is null && Channel is null && Decision is null && From is null && To is null && State is null
                           && Under is null && Figure is null;
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
        if (!string.IsNullOrWhiteSpace(f.Under)) q = q.Where(r => r.Unit!.Path.Contains("/" + f.Under + "/"));
        if (f.Figure is not null) q = q.Figure(f.Figure, ReportPeriod.AsOf(f.AsOf ?? f.To ?? today, today));
        if (f.From is { } from) q = q.Where(r => r.ReceivedDate >= from);
        if (f.To is { } to) q = q.Where(r => r.ReceivedDate <= to);

        // The deadline states are the report's rules as of today: a request reopened after an upheld objection keeps
        // its notice, so it is a follow-up, never pending or overdue (ReportRules.FollowUp).
        if (f.State == "overdue") q = q.Where(ReportRules.Overdue(today));
        if (f.State == "follow_up") q = q.Where(ReportRules.FollowUp);
        if (f.State is "due_soon" or "on_track")
        {
            var until = calendar.DueSoonUntil(today);
            q = q.Where(ReportRules.Pending(today));
            q = q.Where(f.State == "due_soon" ? RequestRules.DueSoon(today, until) : RequestRules.OnTrack(until));
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

    /// <summary>The requests behind one figure of the service report, by the report's own rules.</summary>
    public static IQueryable<InformationRequest> Figure(this IQueryable<InformationRequest> q, string figure, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var (name, arg) = figure.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? (figure[..i], figure[(i + 1)..]) : (figure, "");
        switch (name)
        {
            case "decided": return q.Where(ReportRules.Decided(asOf));
            case "withdrawn": return q.Where(ReportRules.Withdrawn(asOf));
            case "pending": return q.Where(ReportRules.Pending(asOf));
            case "extended": return q.Where(ReportRules.Extended(asOf));
            case "overdue": return q.Where(ReportRules.Overdue(asOf));
            case "on_time": return q.Where(ReportRules.OnTime(asOf));
            case "late": return q.Where(ReportRules.Decided(asOf)).Where(Not(ReportRules.OnTime(asOf)));
            case "exemption": return q.Where(ReportRules.Decided(asOf)).Where(r => r.Decision == Domain.Decision.RejectedExempt && r.ExemptionBasis == arg);
            case "days" when DayRange(arg) is { } range:
                return q.Where(ReportRules.Decided(asOf)).Where(Between(ReportRules.Days, range.Lo, range.Hi));
            default: return q.Where(_ => false);
        }
    }

    /// <summary>
    /// The Indonesian name of a drill-down figure for the register's banner (each part is translated by the view):
    /// "overdue" → ["Lewat tenggat"], "exemption:17h" → ["Ditolak", "Pasal 17 huruf h"], "days:4-7" → ["Waktu pemenuhan (hari kerja)", "4-7"].
    /// </summary>
    public static IReadOnlyList<(string Text, bool Translate)> FigureLabel(string figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var (name, arg) = figure.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? (figure[..i], figure[(i + 1)..]) : (figure, "");
        return name switch
        {
            "decided" => [("Diputus", true)],
            "withdrawn" => [("Ditarik", true)],
            "pending" => [("Belum diputus", true)],
            "extended" => [("Diperpanjang", true)],
            "overdue" => [("Lewat tenggat", true)],
            "on_time" => [("Tepat waktu", true)],
            "late" => [("Terlambat", true)],
            "exemption" => [("Ditolak", true), (arg.StartsWith("17", StringComparison.Ordinal) ? "Pasal 17 huruf " + arg[2..] : arg, false)],
            "days" => [("Waktu pemenuhan (hari kerja)", true), (arg, false)],
            _ => [(figure, false)],
        };
    }

    /// <summary>"4-7" → (4, 7); ">17" → (18, max); anything else (a hand-edited link) → null, which lists nothing.</summary>
    private static (int Lo, int Hi)? DayRange(string arg)
    {
        static bool Int(string s, out int v) => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out v);
        if (arg.StartsWith('>')) return Int(arg[1..], out var above) && above < int.MaxValue ? (above + 1, int.MaxValue) : null;
        var bounds = arg.Split('-');
        return bounds.Length == 2 && Int(bounds[0], out var lo) && Int(bounds[1], out var hi) ? (lo, hi) : null;
    }

    private static System.Linq.Expressions.Expression<Func<InformationRequest, bool>> Not(System.Linq.Expressions.Expression<Func<InformationRequest, bool>> e) =>
        System.Linq.Expressions.Expression.Lambda<Func<InformationRequest, bool>>(System.Linq.Expressions.Expression.Not(e.Body), e.Parameters);

    private static System.Linq.Expressions.Expression<Func<InformationRequest, bool>> Between(System.Linq.Expressions.Expression<Func<InformationRequest, int>> e, int lo, int hi)
    {
        var body = System.Linq.Expressions.Expression.AndAlso(
            System.Linq.Expressions.Expression.GreaterThanOrEqual(e.Body, System.Linq.Expressions.Expression.Constant(lo)),
            System.Linq.Expressions.Expression.LessThanOrEqual(e.Body, System.Linq.Expressions.Expression.Constant(hi)));
        return System.Linq.Expressions.Expression.Lambda<Func<InformationRequest, bool>>(body, e.Parameters);
    }

    /// <summary>"6171********0003": NIKs are personal data; lists and exports show only the ends.</summary>
    public static string? MaskNik(string? nik) => nik is { Length: 16 } ? nik[..4] + new string('*', 8) + nik[^4..] : nik;
}
