using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>Requests to rate and survey forms, arranged through the real use cases.</summary>
public static class SurveyArrange
{
    /// <summary>A request of <paramref name="unit"/> decided today (the information is not held: no DIK needed).</summary>
    public static async Task<InformationRequest> DecidedAsync(this AppFactory app, string? unit = null)
    {
        var request = await app.SubmitAsync(Support.Requests.Valid(unit));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var r = await db.Requests.SingleAsync(x => x.Id == request.Id);
        var errors = await scope.ServiceProvider.GetRequiredService<RequestProcessing>().DecideAsync(r, new DecisionInput
        {
            NoticeDate = scope.ServiceProvider.GetRequiredService<BodyClock>().Today,
            Decision = "not_held",
            Reasons = "Informasi yang dimohon tidak dikuasai oleh unit ini.",
            SignerName = "Petugas Uji",
        }, new Actor(null, "Petugas Uji"), CancellationToken.None);
        Assert.Empty(errors);
        return r;
    }

    /// <summary>A complete response: every element answered <paramref name="answer"/>, with some profile.</summary>
    public static Dictionary<string, string> Form(int answer = 4, string? comment = "Pelayanan cepat.")
    {
        var form = SipPpid.Rules.SurveyRules.Elements.ToDictionary(code => code, _ => answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        form["gender"] = "p";
        form["age"] = "34";
        form["education"] = "d4-s1";
        form["occupation"] = "swasta";
        if (comment is not null) form["comment"] = comment;
        return form;
    }

    public static string SurveyUrl(InformationRequest r) => SurveyLinks.ForRequest(r.RegistrationNumber, r.TrackingCode);

    public static string TrackUrl(InformationRequest r) => $"/Lacak?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}";

    public static Task<int> ResponsesAsync(this AppFactory app) => app.WithDbAsync(db => db.SurveyResponses.CountAsync());

    /// <summary>Today's respondents of a unit, as the survey's tallies count them.</summary>
    public static async Task<int> RespondentsTodayAsync(this AppFactory app, int unitId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId);
        var report = await SurveyTallies.CountAsync(db, unit.Path, unit.Code, today, today, CancellationToken.None);
        return report.Units.Single(u => u.Code == unit.Code).Index.Respondents;
    }
}
