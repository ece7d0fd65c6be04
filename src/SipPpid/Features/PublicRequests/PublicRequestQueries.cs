using SipPpid.Domain;

namespace SipPpid.Features.PublicRequests;

/// <summary>How the public finds its request: the registration number and the tracking code, both required.</summary>
public static class PublicRequestQueries
{
    /// <summary>
    /// The request with this number and code; an unknown number and a wrong code both give nothing, so whoever
    /// answers "not found" cannot tell numbers apart.
    /// </summary>
    public static IQueryable<InformationRequest> ByTracking(this IQueryable<InformationRequest> requests, string? number, string? code)
    {
        var n = number?.Trim() ?? "";
        var c = code?.Trim().ToUpperInvariant() ?? "";
        if (n.Length == 0 || c.Length == 0) return requests.Where(_ => false);
        return requests.Where(r => r.RegistrationNumber == n && r.TrackingCode == c);
    }

    /// <summary>A file name from a registration number: "0042/PPID-X/XI/2026" → "0042-PPID-X-XI-2026".</summary>
    public static string FileSafe(string number) =>
        new((number ?? "").Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-').ToArray());
}
