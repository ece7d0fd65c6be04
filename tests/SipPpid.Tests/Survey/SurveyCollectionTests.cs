using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>
/// Collection (issue 16 item 1) on a real database: an applicant rates a decided request once, through the tracking
/// page's secret; the kiosk stores a walk-in's response; every bad input is a message and nothing is stored.
/// </summary>
public abstract class SurveyCollectionTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> form) =>
        AppFactory.PostFormAsync(client, url, form, formPage: url);

    private Task<List<SurveyResponse>> ResponsesOfAsync(int requestId) =>
        app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Where(s => s.RequestId == requestId).ToListAsync());

    [Fact]
    public async Task A_decided_requests_applicant_rates_it_once_and_the_tallies_count_it()
    {
        var r = await app.DecidedAsync("DINKES");
        var client = app.Client();
        var track = await client.GetStringAsync(SurveyArrange.TrackUrl(r));
        Assert.Contains("id=\"track-survey-link\"", track, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(SurveyArrange.SurveyUrl(r)), track, StringComparison.Ordinal);

        var before = await app.RespondentsTodayAsync(r.UnitId);
        var page = await client.GetStringAsync(SurveyArrange.SurveyUrl(r));
        Assert.Contains("<legend", page, StringComparison.Ordinal);
        Assert.Contains("Persyaratan", page, StringComparison.Ordinal);
        var response = await PostAsync(client, SurveyArrange.SurveyUrl(r), SurveyArrange.Form(3));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = Assert.Single(await ResponsesOfAsync(r.Id));
        var today = app.Services.GetRequiredService<BodyClock>().Today;
        Assert.Equal((r.UnitId, today, SurveySource.Request), (stored.UnitId, stored.Date, stored.Source));
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 3, 3], stored.Answers);
        Assert.Equal(("p", 34, "d4-s1", "swasta", "Pelayanan cepat."), (stored.Gender, stored.Age, stored.Education, stored.Occupation, stored.Comment));
        Assert.Equal(before + 1, await app.RespondentsTodayAsync(r.UnitId));

        // Rated: the survey page and the tracking page thank, and a second response is refused with nothing stored.
        Assert.Contains("Terima kasih, penilaian Anda sudah kami terima", await client.GetStringAsync(SurveyArrange.SurveyUrl(r)), StringComparison.Ordinal);
        track = await client.GetStringAsync(SurveyArrange.TrackUrl(r));
        Assert.Contains("id=\"track-survey-done\"", track, StringComparison.Ordinal);
        Assert.DoesNotContain("track-survey-link", track, StringComparison.Ordinal);
        var page2 = await client.GetStringAsync(SurveyArrange.SurveyUrl(r));
        var token = AppFactory.FormToken(await client.GetStringAsync("/Permohonan/Ajukan"));
        var form = SurveyArrange.Form(1);
        form["__RequestVerificationToken"] = token;
        var again = await client.PostAsync(SurveyArrange.SurveyUrl(r), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("sudah pernah dikirim", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await ResponsesOfAsync(r.Id));
        Assert.DoesNotContain("survey-submit", page2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_not_yet_decided_cannot_be_rated()
    {
        var r = await app.SubmitAsync(Support.Requests.Valid("DINKES"));
        var client = app.Client();
        Assert.DoesNotContain("track-survey", await client.GetStringAsync(SurveyArrange.TrackUrl(r)), StringComparison.Ordinal);
        var page = await client.GetStringAsync(SurveyArrange.SurveyUrl(r));
        Assert.Contains("Survei dapat diisi setelah permohonan diputuskan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-submit", page, StringComparison.Ordinal);

        var form = SurveyArrange.Form();
        form["__RequestVerificationToken"] = AppFactory.FormToken(await client.GetStringAsync("/Permohonan/Ajukan"));
        var response = await client.PostAsync(SurveyArrange.SurveyUrl(r), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Survei dapat diisi setelah permohonan diputuskan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await ResponsesOfAsync(r.Id));
    }

    [Fact]
    public async Task A_wrong_tracking_code_is_not_found()
    {
        var r = await app.DecidedAsync("DINKES");
        var client = app.Client();
        var wrong = Features.Survey.SurveyLinks.ForRequest(r.RegistrationNumber, "TEBAK00001");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(wrong)).StatusCode);
        var form = SurveyArrange.Form();
        form["__RequestVerificationToken"] = AppFactory.FormToken(await client.GetStringAsync(SurveyArrange.SurveyUrl(r)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(wrong, new FormUrlEncodedContent(form))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Survei/Permohonan")).StatusCode);
        Assert.Empty(await ResponsesOfAsync(r.Id));
    }

    [Fact]
    public async Task An_answer_outside_one_to_four_is_refused_by_name_and_nothing_is_stored()
    {
        var r = await app.DecidedAsync("DINKES");
        var client = app.Client();
        var form = SurveyArrange.Form(comment: "Saran saya tetap ada.");
        form["u3"] = "5";
        form.Remove("u7");
        var response = await PostAsync(client, SurveyArrange.SurveyUrl(r), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        // The error summary names the element and links to its first answer; the form keeps what was typed.
        Assert.Contains("href=\"#u3-1\">Waktu penyelesaian: Jawaban harus 1, 2, 3, atau 4.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#u7-1\">Perilaku pelaksana: Pilih salah satu jawaban.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"u1-4\" value=\"4\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("Saran saya tetap ada.", page, StringComparison.Ordinal);
        Assert.Empty(await ResponsesOfAsync(r.Id));
    }

    [Fact]
    public async Task The_kiosk_stores_a_walk_in_response_for_its_unit_and_thanks()
    {
        var before = await app.WithDbAsync(db => db.SurveyResponses.CountAsync(s => s.Source == SurveySource.Kiosk && s.Unit!.Code == "DPUPR"));
        var client = app.Client();
        var form = SurveyArrange.Form(2, comment: null);
        form.Remove("gender");
        form.Remove("age");
        var response = await PostAsync(client, "/Survei/Kiosk/DPUPR", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Survei/Kiosk/DPUPR?selesai=1", response.Headers.Location!.OriginalString);
        var stored = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Where(s => s.Source == SurveySource.Kiosk && s.Unit!.Code == "DPUPR").OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(before + 1, stored.Count);
        Assert.Equal([2, 2, 2, 2, 2, 2, 2, 2, 2], stored[^1].Answers);
        Assert.Equal(((int?)null, (string?)null, "d4-s1"), (stored[^1].RequestId, stored[^1].Gender, stored[^1].Education));

        var thanks = await client.GetStringAsync("/Survei/Kiosk/DPUPR?selesai=1");
        Assert.Contains("Terima kasih, penilaian Anda sudah kami terima", thanks, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", thanks, StringComparison.Ordinal);
        Assert.Contains("href=\"/Survei/Kiosk/DPUPR\" id=\"kiosk-next\"", thanks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kiosk_of_an_unknown_or_inactive_unit_is_not_found_and_an_empty_form_stores_nothing()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Survei/Kiosk/TIDAK-ADA")).StatusCode);
        await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "DINKES");
            db.Units.Add(new Unit { Code = "KIOS-MATI", Name = "Unit Nonaktif", ParentId = unit.Id, Path = unit.Path + "KIOS-MATI/", Kind = unit.Kind, IsActive = false });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Survei/Kiosk/KIOS-MATI")).StatusCode);

        var count = await app.ResponsesAsync();
        var response = await PostAsync(client, "/Survei/Kiosk/DINKES", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pilih salah satu jawaban.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await app.ResponsesAsync());
    }

    [Fact]
    public async Task The_decision_e_mail_and_the_written_notice_carry_the_survey_link()
    {
        var r = await app.DecidedAsync("DINKES");
        var link = Features.Survey.SurveyLinks.ForRequest(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PpidOptions>>().Value.PublicBaseUrl,
            r.RegistrationNumber, r.TrackingCode);
        var mail = await app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.RequestId == r.Id && m.Subject.EndsWith("pemberitahuan tertulis")));
        Assert.Contains(link, mail.Body, StringComparison.Ordinal);

        var letter = await app.Client().GetStringAsync($"/Lacak/Surat?nomor={Uri.EscapeDataString(r.RegistrationNumber)}&kode={r.TrackingCode}&jenis=pemberitahuan");
        Assert.Contains("id=\"letter-survey\"", letter, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(link), letter, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", letter, StringComparison.Ordinal);
    }
}

public sealed class SurveyCollectionTestsSqlite(SqliteApp app) : SurveyCollectionTests<SqliteApp>(app);

public sealed class SurveyCollectionTestsPostgres(PostgresApp app) : SurveyCollectionTests<PostgresApp>(app);
