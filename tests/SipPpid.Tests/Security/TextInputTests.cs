using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.RegisterImport;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Validation;
using SipPpid.Tests.Objections;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// Control characters and lengths (issue 12 item 5): every text is checked by one rule (TextRules) with the column's
/// length, the same on SQLite and PostgreSQL (which answered 500 for a NUL, 22021, and an over-long text, 22001),
/// with a clear message on the form, in the API's problem details and in the import's "line N: column: reason".
/// </summary>
public abstract class TextInputTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Today => DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string Forbidden = "Berisi karakter yang tidak diizinkan";

    [Fact]
    public async Task A_nul_in_an_applicant_field_of_the_public_form_is_refused_with_a_message()
    {
        var applicant = app.Client();
        var fields = PublicForm.Valid("Pemohon\0Nul");
        var response = await PublicForm.PostAsync(applicant, await PublicForm.OpenAsync(applicant), fields, PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Forbidden, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName.EndsWith("Nul"))));
    }

    [Fact]
    public async Task The_api_names_the_field_with_a_control_character_or_too_long_a_text()
    {
        var response = await app.Client().PostAsJsonAsync("/api/v1/requests", new
        {
            unitCode = "DINKES",
            applicantType = "individual",
            applicantName = "API\u0000Nul",
            applicantNik = "6171012304850003",
            applicantEmail = "api@example.org",
            applicantAddress = "Jl. Uji\u0007",
            informationRequested = "Data",
            purpose = new string('x', 2001),
            obtainMethod = "view",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.StartsWith(Forbidden, errors.GetProperty("applicantName")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith(Forbidden, errors.GetProperty("applicantAddress")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Maksimal 2000 karakter.", errors.GetProperty("purpose")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantName.StartsWith("API"))));
    }

    [Fact]
    public async Task An_officers_decision_reasons_longer_than_the_column_reopen_the_form_and_nothing_changes()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Pemohon Alasan Panjang"));
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var decided = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", new()
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "rejected_exempt",
            ["Decision.Reasons"] = new string('x', 5000),
            ["Decision.Dik"] = (await app.EntryAsync("DINKES")).Entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Decision.SignerName"] = "dr. Siti",
        }, page);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("Maksimal 4000 karakter.", await decided.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.Requests.Where(r => r.Id == request.Id).Select(r => r.Decision).SingleAsync()));

        var asked = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Ask", new() { ["Step.Note"] = "Lengkapi\u001B[31m KTP" }, page);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(Forbidden, await asked.Content.ReadAsStringAsync());
        // A NUL in a URL-encoded form is refused by ASP.NET Core itself (400, the "Permintaan tidak valid" page).
        var nul = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Ask", new() { ["Step.Note"] = "Lengkapi\0 KTP" }, page);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("Permintaan tidak valid", await nul.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.RequestEvents.CountAsync(e => e.RequestId == request.Id && e.Kind == RequestEventKind.IncompleteAsked)));
    }

    [Fact]
    public async Task An_atasans_objection_answer_longer_than_the_column_reopens_the_form_and_nothing_changes()
    {
        var objection = await app.FiledAtDeskAsync(await app.RejectedAsync("DINKES", "Pemohon Keberatan Panjang"), "a");
        var page = $"/Objections/Details/{objection.Id}";
        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        var answered = await AppFactory.PostFormAsync(atasan, $"{page}?handler=Decide", new()
        {
            ["Decision.Decision"] = "rejected",
            ["Decision.Date"] = Today,
            ["Decision.Reasons"] = new string('y', 5000),
            ["Decision.AtasanName"] = "Atasan Uji",
            ["Decision.AtasanPosition"] = "Sekretaris Daerah",
        }, page);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Maksimal 4000 karakter.", await answered.Content.ReadAsStringAsync());
        Assert.Null(await app.WithDbAsync(db => db.Objections.Where(o => o.Id == objection.Id).Select(o => o.Decision).SingleAsync()));
    }
}

public sealed class TextInputTestsSqlite(SqliteApp app) : TextInputTests<SqliteApp>(app);

public sealed class TextInputTestsPostgres(PostgresApp app) : TextInputTests<PostgresApp>(app);

/// <summary>The rule itself and the register import's row check (no database involved).</summary>
public sealed class TextRulesTests
{
    [Fact]
    public void Lengths_come_from_the_model()
    {
        Assert.Equal(4000, TextRules.MaxLength<InformationRequest>(nameof(InformationRequest.DecisionReasons)));
        Assert.Equal(200, TextRules.MaxLength<InformationRequest>(nameof(InformationRequest.ApplicantName)));
        Assert.Equal(2000, TextRules.MaxLength<Objection>(nameof(Objection.ResponseNote)));
        Assert.False(TextRules.Check("Putus " + (char)0xD800, 4000)?.TooLong);
    }

    [Theory]
    [InlineData("Budi Santoso", 200, null)]
    [InlineData("Budi\0", 200, false)]
    [InlineData("Budi\tSantoso", 200, false)]
    [InlineData("Budi\nSantoso", 200, false)]
    [InlineData("Baris satu\r\nBaris\tdua", 4000, null)]
    [InlineData("Baris\0", 4000, false)]
    [InlineData("\u001B[31m", 4000, false)]
    [InlineData("Emoji 😀", 200, null)]
    [InlineData("xxx", 2, true)]
    public void The_rule(string value, int max, bool? tooLong) => Assert.Equal(tooLong, TextRules.Check(value, max)?.TooLong);

    [Fact]
    public void The_import_reports_line_column_and_reason()
    {
        var cells = RegisterImport.RegisterFiles.Header.ToDictionary(h => h, _ => "");
        foreach (var (k, v) in RegisterImport.RegisterFiles.Header.Zip(RegisterImport.RegisterFiles.Good[0])) cells[k] = v;
        cells["applicant_name"] = "Budi\0";
        cells["information_requested"] = new string('z', 4001);
        cells["purpose"] = "";
        var errors = new List<ImportError>();
        Assert.Null(RegisterRowParser.Parse(new ImportRow(7, cells), errors));
        Assert.Contains("line 7: applicant_name: contains control characters that are not allowed", errors.Select(e => e.ToString()));
        Assert.Contains("line 7: information_requested: longer than 4000 characters", errors.Select(e => e.ToString()));
    }
}
