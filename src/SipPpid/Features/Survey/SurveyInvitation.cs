using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Survey;

/// <summary>
/// The invitation on the tracking page (<c>_SurveyInvitation</c>): shown once the request is decided; a call to rate it,
/// or the thanks once it was rated.
/// </summary>
public sealed record SurveyInvitation(string Link, bool Rated)
{
    /// <summary>The invitation for <paramref name="r"/>, or null while it may not be rated yet.</summary>
    public static async Task<SurveyInvitation?> ForAsync(AppDbContext db, InformationRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(r);
        if (!SurveyRules.CanRate(r)) return null;
        var id = r.Id;
        var rated = await db.SurveyResponses.AnyAsync(s => s.RequestId == id, ct);
        return new SurveyInvitation(SurveyLinks.ForRequest(r.RegistrationNumber, r.TrackingCode), rated);
    }
}
