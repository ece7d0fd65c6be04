using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Survey.SurveyFiles;

namespace SipPpid.Tests.Survey;

/// <summary>
/// <c>import survey</c>: a good file adds its responses (Source Import, one <see cref="SurveyImport"/> with the file's
/// SHA-256) from the command line and from XLSX; the same file is refused a second time; every bad row is named by line
/// and column and nothing is stored; a row rating a request must name a decided, unrated request of its unit, once; the
/// upload page keeps a PPID Pembantu inside its units and offers a template that imports.
/// </summary>
public abstract class SurveyImportTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Prefix = "SKMI/";

    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Requests.AnyAsync(r => r.RegistrationNumber.StartsWith(Prefix))) return;
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var units = await db.Units.Where(u => u.Code == "DINKES" || u.Code == "SETDA").ToDictionaryAsync(u => u.Code);
        InformationRequest Add(string unit, string suffix, bool decided)
        {
            var r = new InformationRequest
            {
                UnitId = units[unit].Id,
                RegisteredUnitId = units[unit].Id,
                ReceivedDate = new DateOnly(2026, 1, 5),
                ReceivedAtUtc = DateTime.UtcNow,
                Channel = Channel.Web,
                RegistrationNumber = Prefix + unit + "/" + suffix,
                TrackingCode = "SKMI" + Guid.NewGuid().ToString("N")[..10],
                ApplicantType = ApplicantType.Individual,
                ApplicantName = "Pemohon survei",
                InformationRequested = "Data",
                ObtainMethod = ObtainMethod.View,
                NoticeDate = decided ? new DateOnly(2026, 1, 12) : null,
                Decision = decided ? Decision.GrantedFull : null,
                Status = decided ? RequestStatus.Decided : RequestStatus.InProcess,
            };
            calendar.Apply(r);
            db.Requests.Add(r);
            return r;
        }

        for (var i = 1; i <= 9; i++) Add("DINKES", i.ToString(System.Globalization.CultureInfo.InvariantCulture), decided: true);
        Add("DINKES", "U", decided: false);
        Add("SETDA", "1", decided: true);
        await db.SaveChangesAsync();
        var rated = await db.Requests.SingleAsync(r => r.RegistrationNumber == Prefix + "DINKES/5");
        db.SurveyResponses.Add(new SurveyResponse
        {
            UnitId = rated.UnitId,
            Date = new DateOnly(2026, 1, 14),
            SubmittedAtUtc = DateTime.UtcNow,
            Source = SurveySource.Request,
            RequestId = rated.Id,
            Answers = [4, 4, 4, 4, 4, 4, 4, 4, 4],
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<(int Responses, int Imports)> CountsAsync() => app.WithDbAsync(async db => (await db.SurveyResponses.CountAsync(), await db.SurveyImports.CountAsync()));

    private Task<int> RequestIdAsync(string number) => app.WithDbAsync(db => db.Requests.Where(r => r.RegistrationNumber == Prefix + number).Select(r => r.Id).SingleAsync());

    private DateOnly Today => app.Services.GetRequiredService<BodyClock>().Today;

    [Fact]
    public async Task The_command_imports_a_good_file_and_refuses_the_same_file_again()
    {
        var csv = Csv(
            Row("DINKES", "2026-02-10", number: Prefix + "DINKES/1", comment: "Mohon waktu layanan dipercepat."),
            Row("DINKES", "2026-02-11", "3,,2,4,,,,,1", gender: "", age: "", education: "", occupation: ""),
            Row("BIRO-PBJ", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "1,2,3,4,4,3,2,1,4", gender: "L", education: "SMA", occupation: "pelajar_mahasiswa"));
        var file = Support.Cli.TempFile(csv);
        var first = await Support.Cli.RunAsync(app.Database, "import", "survey", file);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("Survey imported: 3 responses added", first.Out, StringComparison.Ordinal);

        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        var import = await app.WithDbAsync(db => db.SurveyImports.AsNoTracking().SingleAsync(i => i.Sha256 == sha));
        Assert.Equal((Path.GetFileName(file), 3, (string?)null), (import.FileName, import.Rows, import.ImportedByUserId));
        Assert.InRange(import.ImportedAtUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        var rows = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Where(s => s.ImportId == import.Id).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(SurveySource.Import, r.Source));
        var dinkes = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "DINKES").Select(u => u.Id).SingleAsync());
        Assert.Equal((dinkes, new DateOnly(2026, 2, 10), (int?)await RequestIdAsync("DINKES/1")), (rows[0].UnitId, rows[0].Date, rows[0].RequestId));
        Assert.Equal([4, 3, 3, 4, 3, 4, 4, 3, 3], rows[0].Answers);
        Assert.Equal(("p", (int?)34, "d4-s1", "swasta", "Mohon waktu layanan dipercepat."), (rows[0].Gender, rows[0].Age, rows[0].Education, rows[0].Occupation, rows[0].Comment));
        Assert.Equal([3, null, 2, 4, null, null, null, null, 1], rows[1].Answers);
        Assert.Equal(((string?)null, (int?)null, (string?)null, (string?)null, (string?)null, (int?)null),
            (rows[1].Gender, rows[1].Age, rows[1].Education, rows[1].Occupation, rows[1].Comment, rows[1].RequestId));
        Assert.Equal(("l", "sma", Today), (rows[2].Gender, rows[2].Education, rows[2].Date));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "survey.import")));

        // The same bytes again, under its name or another: refused, nothing stored.
        var before = await CountsAsync();
        var again = await Support.Cli.RunAsync(app.Database, "import", "survey", file);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("file: ", again.Err, StringComparison.Ordinal);
        Assert.True(again.Err.Contains("sudah pernah diimpor pada", StringComparison.Ordinal) || again.Err.Contains("already imported on", StringComparison.Ordinal), again.Err);
        var renamed = await app.ImportSurveyAsync(csv, "salinan.csv");
        var refusal = Assert.Single(renamed.Errors);
        Assert.Equal((0, "file"), (refusal.Line, refusal.Column));
        Assert.StartsWith("file ini sudah pernah diimpor pada ", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(file), refusal.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_nothing_is_stored()
    {
        var before = await CountsAsync();
        var future = Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var result = await app.ImportSurveyAsync(Csv(
            Row("DINKES"),                                             // 2 good
            Row("NOPE"),                                               // 3 unknown unit
            Row(""),                                                   // 4 no unit
            Row("DINKES", "2026-02-30"),                               // 5 not a date
            Row("DINKES", future),                                     // 6 in the future
            Row("DINKES", answers: "4,4,5,4,4,4,4,4,4"),               // 7 answer outside 1-4
            Row("DINKES", answers: "4,x,4,4,4,4,4,4,4"),               // 8 not a number
            Row("DINKES", answers: ",,,,,,,,"),                        // 9 nothing answered
            Row("DINKES", gender: "x"),                                // 10
            Row("DINKES", age: "7"),                                   // 11
            Row("DINKES", education: "sma1"),                          // 12
            Row("DINKES", occupation: "petani"),                       // 13
            Row("DINKES", comment: new string('a', 2001)),             // 14
            Row("DINKES", number: Prefix + "DINKES/404"),              // 15 unknown request
            Row("DINKES", number: Prefix + "SETDA/1"),                 // 16 another unit's
            Row("DINKES", number: Prefix + "DINKES/U"),                // 17 not decided
            Row("DINKES", number: Prefix + "DINKES/5"),                // 18 already rated
            Row("DINKES", number: Prefix + "DINKES/2"),                // 19 fine
            Row("DINKES", number: Prefix + "DINKES/2"),                // 20 the same request twice
            "DINKES,2026-02-10,4,4"));                                 // 21 too few cells
        var named = result.Errors.Select(e => $"{e.Line}:{e.Column}").ToList();
        Assert.Equal(
        [
            "3:unit_code", "4:unit_code", "5:date", "6:date", "7:u3", "8:u2", "9:u1", "10:gender", "11:age", "12:education", "13:occupation",
            "14:comment", "15:registration_number", "16:registration_number", "17:registration_number", "18:registration_number",
            "20:registration_number", "21:row",
        ], named);
        string Reason(int line) => result.Errors.Single(e => e.Line == line).Reason;
        Assert.Equal("unit 'NOPE' tidak ada", Reason(3));
        Assert.Equal("wajib diisi", Reason(4));
        Assert.Equal("'2026-02-30' bukan tanggal (yyyy-mm-dd)", Reason(5));
        Assert.Contains("masa depan", Reason(6), StringComparison.Ordinal);
        Assert.Equal("Jawaban harus 1, 2, 3, atau 4.", Reason(7));
        Assert.Equal("'x' bukan bilangan bulat", Reason(8));
        Assert.Equal("Jawab setidaknya satu unsur.", Reason(9));
        Assert.Equal($"permohonan {Prefix}DINKES/404 tidak ada", Reason(15));
        Assert.Equal($"permohonan {Prefix}SETDA/1 bukan permohonan unit DINKES", Reason(16));
        Assert.StartsWith($"permohonan {Prefix}DINKES/U belum diputus", Reason(17), StringComparison.Ordinal);
        Assert.Equal($"permohonan {Prefix}DINKES/5 sudah dinilai", Reason(18));
        Assert.Equal($"permohonan {Prefix}DINKES/2 sudah dinilai pada baris 19", Reason(20));
        Assert.Equal(before, await CountsAsync());

        // In English the same lines read as the command line prints them.
        var english = await app.ImportSurveyAsync(Csv(Row("DINKES"), Row("NOPE")), "english.csv", "en");
        Assert.Equal(["line 3: unit_code: unit 'NOPE' does not exist"], english.Errors.Select(e => e.ToString()));

        // One bad row among good ones: nothing.
        var one = await app.ImportSurveyAsync(Csv(Row("DINKES", number: Prefix + "DINKES/3"), Row("DINKES", answers: "0,4,4,4,4,4,4,4,4")));
        Assert.Equal(["3:u1"], one.Errors.Select(e => $"{e.Line}:{e.Column}"));
        Assert.Equal(before, await CountsAsync());
        var three = await RequestIdAsync("DINKES/3");
        Assert.False(await app.WithDbAsync(db => db.SurveyResponses.AnyAsync(s => s.RequestId == three)));

        var missing = await app.ImportSurveyAsync("unit_code,u1\nDINKES,4\n");
        Assert.Equal(["1:date"], missing.Errors.Select(e => $"{e.Line}:{e.Column}"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_decided_request_of_the_unit_is_rated_once_and_a_second_file_cannot_rate_it_again()
    {
        var first = await app.ImportSurveyAsync(Csv(Row("DINKES", number: Prefix + "DINKES/4")), "rate-1.csv");
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        var id = await RequestIdAsync("DINKES/4");
        var response = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().SingleAsync(s => s.RequestId == id));
        Assert.Equal((SurveySource.Import, (int?)first.ImportId), (response.Source, response.ImportId));

        var second = await app.ImportSurveyAsync(Csv(Row("DINKES", "2026-02-12", number: Prefix + "DINKES/4")), "rate-2.csv");
        Assert.Equal([$"2:registration_number"], second.Errors.Select(e => $"{e.Line}:{e.Column}"));
        Assert.Equal(1, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(s => s.RequestId == id)));
    }

    [Fact]
    public async Task An_xlsx_with_the_indonesian_headers_imports()
    {
        var headers = new[]
        {
            "Kode unit", "Tanggal", "U1 Persyaratan", "U2 Sistem, mekanisme, dan prosedur", "U3 Waktu penyelesaian", "U4 Biaya / tarif",
            "U5 Produk spesifikasi jenis pelayanan", "U6 Kompetensi pelaksana", "U7 Perilaku pelaksana", "U8 Penanganan pengaduan, saran, dan masukan",
            "U9 Sarana dan prasarana", "Jenis kelamin", "Umur", "Pendidikan", "Pekerjaan", "Nomor registrasi", "Saran",
        };
        object?[][] cells =
        [
            ["DINKES", new DateTime(2026, 3, 2), 4, 4, 3, 4, 4, 4, 4, 3, 4, "l", 41, "s2", "pns", Prefix + "DINKES/6", "Ruang tunggu nyaman."],
            ["DINKES", new DateTime(2026, 3, 3), 2, 3, 2, 4, 3, 3, 3, 2, 3, "p", 22, "sma", "pelajar_mahasiswa", "", ""],
        ];
        var sheet = cells.Select(r => headers.Select((h, i) => (h, v: r[i] ?? "")).ToDictionary(x => x.h, x => (object)x.v)).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-survei-{Guid.NewGuid():N}.xlsx");
        await MiniExcel.SaveAsAsync(path, sheet);

        var result = await Support.Cli.RunAsync(app.Database, "import", "survey", path);
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("Survey imported: 2 responses added", result.Out, StringComparison.Ordinal);
        var id = await RequestIdAsync("DINKES/6");
        var rated = await app.WithDbAsync(db => db.SurveyResponses.AsNoTracking().SingleAsync(s => s.RequestId == id));
        Assert.Equal((new DateOnly(2026, 3, 2), 41, "s2", "pns", "Ruang tunggu nyaman."), (rated.Date, rated.Age!.Value, rated.Education, rated.Occupation, rated.Comment));
        Assert.Equal([4, 4, 3, 4, 4, 4, 4, 3, 4], rated.Answers);
        Assert.NotNull(rated.ImportId);
        Assert.Equal(2, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(s => s.ImportId == rated.ImportId)));
    }

    private static async Task<string> UploadAsync(HttpClient client, string csv, string name = "survei.csv")
    {
        var token = AppFactory.FormToken(await client.GetStringAsync("/Import/Survei"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", name);
        var response = await client.PostAsync("/Import/Survei", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pembantu_uploads_its_own_units_rows_and_is_refused_another_units_by_line()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var before = await CountsAsync();
        var refused = await UploadAsync(client, Csv(Row("DINKES", comment: "Unggah sendiri"), Row("SETDA", comment: "Unggah lain")));
        Assert.Contains("id=\"import-errors\"", refused, StringComparison.Ordinal);
        Assert.Contains("baris 3: <code>unit_code</code>: unit SETDA di luar lingkup Anda", refused, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        var done = await UploadAsync(client, Csv(Row("DINKES", comment: "Unggah sendiri")));
        Assert.Contains("id=\"import-done\"", done, StringComparison.Ordinal);
        var import = await app.WithDbAsync(db => db.SurveyImports.AsNoTracking().OrderBy(i => i.Id).LastAsync());
        Assert.Equal(("survei.csv", 1), (import.FileName, import.Rows));
        Assert.NotNull(import.ImportedByUserId);
        Assert.Equal(1, await app.WithDbAsync(db => db.SurveyResponses.CountAsync(s => s.Comment == "Unggah sendiri" && s.ImportId == import.Id)));

        var wrong = await UploadAsync(client, "not a table", "survei.txt");
        Assert.Contains("id=\"import-problem\"", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_has_the_contract_columns_and_imports()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var page = await client.GetStringAsync("/Import/Survei");
        Assert.Contains("/Import/Survei?handler=Template", page, StringComparison.Ordinal);
        var template = await client.GetByteArrayAsync("/Import/Survei?handler=Template");
        var text = Encoding.UTF8.GetString(template).TrimStart('\uFEFF');
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        var result = await app.ImportSurveyAsync(text, "templat-survei.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Added);
    }
}

public sealed class SqliteSurveyImportTests(SqliteApp app) : SurveyImportTests<SqliteApp>(app);

public sealed class PostgresSurveyImportTests(PostgresApp app) : SurveyImportTests<PostgresApp>(app);
