using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Survey;

/// <summary>
/// Stores a survey response (survey.md, "Collection"): an applicant rating a decided request (opened with its
/// registration number and tracking code; one response per request), or a walk-in at a unit's kiosk. Web forms must
/// answer all nine elements. Anything wrong is a message and nothing is stored. Responses are anonymous opinions, so
/// no audit entry is written (public submissions are not audited either; the response itself records when and how).
/// </summary>
public sealed class RecordSurveyResponse(AppDbContext db, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>The stored response, or why not (field by field; "" for the form as a whole).</summary>
    public sealed record Result(SurveyResponse? Response, IReadOnlyList<FieldError> Errors)
    {
        public bool Succeeded => Response is not null;
    }

    /// <summary>A request's survey state, as the survey page, the tracking page and the e-mail need it.</summary>
    public sealed record RequestTarget(int RequestId, int UnitId, string UnitName, string RegistrationNumber, string TrackingCode, bool CanRate, bool Rated);

    public const string AlreadyRated = "Penilaian untuk permohonan ini sudah pernah dikirim. Setiap permohonan dinilai satu kali.";
    public const string NotDecided = "Survei dapat diisi setelah permohonan diputuskan (pemberitahuan tertulis diberikan).";
    public const string UnknownUnit = "Unit tidak ditemukan atau tidak aktif.";

    /// <summary>
    /// The request with this number and tracking code, or null (an unknown number and a wrong code look the same, as on
    /// the tracking page, so numbers cannot be probed). The same normalisation as the tracking page's look-up.
    /// </summary>
    public async Task<RequestTarget?> FindRequestAsync(string? number, string? code, CancellationToken ct)
    {
        var n = number?.Trim() ?? "";
        var c = code?.Trim().ToUpperInvariant() ?? "";
        if (n.Length == 0 || c.Length == 0) return null;
        var r = await db.Requests.AsNoTracking().Include(x => x.Unit)
            .FirstOrDefaultAsync(x => x.RegistrationNumber == n && x.TrackingCode == c, ct);
        if (r is null) return null;
        var rated = await db.SurveyResponses.AnyAsync(s => s.RequestId == r.Id, ct);
        return new RequestTarget(r.Id, r.UnitId, r.Unit!.Name, r.RegistrationNumber, r.TrackingCode, SurveyRules.CanRate(r), rated);
    }

    /// <summary>The applicant's response to <paramref name="target"/> (from <see cref="FindRequestAsync"/>), dated today in the body's clock.</summary>
    public async Task<Result> ForRequestAsync(RequestTarget target, SurveyAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(answers);
        // Checked first for a clear message; the unique index on RequestId settles a race below.
        if (await db.SurveyResponses.AnyAsync(s => s.RequestId == target.RequestId, ct)) return Refused("", AlreadyRated);
        if (!target.CanRate) return Refused("", NotDecided);
        var errors = Check(answers);
        if (errors.Count > 0) return new Result(null, errors);

        var response = answers.ToResponse(target.UnitId, clock.Today, clock.UtcNow, SurveySource.Request);
        response.RequestId = target.RequestId;
        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the other one was stored first. Anything else is unexpected and goes on.
            db.ChangeTracker.Clear();
            if (await db.SurveyResponses.AnyAsync(s => s.RequestId == target.RequestId, ct)) return Refused("", AlreadyRated);
            throw;
        }

        return new Result(response, []);
    }

    /// <summary>A walk-in's response at the kiosk of the active unit <paramref name="unitCode"/>, dated today.</summary>
    public async Task<Result> AtKioskAsync(string? unitCode, SurveyAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var unitId = await KioskUnitAsync(unitCode, ct);
        if (unitId is null) return Refused("", UnknownUnit);
        var errors = Check(answers);
        if (errors.Count > 0) return new Result(null, errors);
        var response = answers.ToResponse(unitId.Value, clock.Today, clock.UtcNow, SurveySource.Kiosk);
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(ct);
        return new Result(response, []);
    }

    /// <summary>The id of the active unit with this code, or null (an inactive unit has no kiosk).</summary>
    public async Task<int?> KioskUnitAsync(string? unitCode, CancellationToken ct)
    {
        var code = unitCode?.Trim() ?? "";
        if (code.Length == 0) return null;
        return await db.Units.AsNoTracking().Where(u => u.Code == code && u.IsActive).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
    }

    private List<FieldError> Check(SurveyAnswers answers) =>
        [.. answers.Validate(requireAll: true).Select(e => new FieldError(e.Field, t[e.Message]))];

    private Result Refused(string field, string message) => new(null, [new FieldError(field, t[message])]);
}
