using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>
/// The results page, the printable SKM report and its files, the report API and `report survey`, on the worked example
/// of <see cref="SurveyResultsData"/>.
/// </summary>
public abstract partial class SurveyResultsTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Period = "dari=" + SurveyResultsData.From + "&sampai=" + SurveyResultsData.To;

    public Task InitializeAsync() => SurveyResultsData.SeedAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> UtamaAsync() => app.SignedInAsync(SurveyResultsData.Utama, TestAccounts.Password);

    private Task<HttpClient> PembantuAsync() => app.SignedInAsync(SurveyResultsData.PembantuA, TestAccounts.Password);

    [GeneratedRegex("data-element=\"(u\\d)\"")]
    private static partial Regex ElementRow();

    [Fact]
    public async Task The_page_shows_the_worked_example_weakest_element_first()
    {
        var client = await UtamaAsync();
        var html = await client.GetStringAsync($"/Survei?periode=custom&{Period}&unit=SKR");
        Assert.Contains("id=\"kpi-respondents\">4<", html);
        Assert.Contains("id=\"kpi-ikm\">2,861<", html);
        Assert.Contains("id=\"kpi-converted\">71,53<", html);
        Assert.Contains("id=\"kpi-grade\">C<", html);
        Assert.Contains("Kurang Baik", html);
        Assert.Contains("Sampel belum memadai (minimum 7 dari populasi 7)", html);
        // u8 1,75; u3 and u4 2,50 (code order breaks the tie); u2 u5 u9 3,00; u1 u6 3,25; u7 3,50.
        Assert.Equal(["u8", "u3", "u4", "u2", "u5", "u9", "u1", "u6", "u7"], ElementRow().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains(">1,75<", html);

        // The per-unit table: A 78,70 (B), B 50,00 (D), the total from the responses.
        Assert.Matches("data-unit=\"SKR-A\"[\\s\\S]*?>3<[\\s\\S]*?3,148[\\s\\S]*?78,70[\\s\\S]*?B \\(Baik\\)", html);
        Assert.Matches("data-unit=\"SKR-B\"[\\s\\S]*?2,000[\\s\\S]*?50,00[\\s\\S]*?D \\(Tidak Baik\\)", html);

        // The profile: two answered gender, two did not; ages in bands.
        Assert.Matches("id=\"profile-gender\"[\\s\\S]*?Laki-laki</th><td class=\"text-end\">1<[\\s\\S]*?Tidak diisi</th><td class=\"text-end\">2<", html);
        Assert.Matches("id=\"profile-age\"[\\s\\S]*?20–29 tahun</th><td class=\"text-end\">1<[\\s\\S]*?≥ 60 tahun</th><td class=\"text-end\">1<", WebUtility.HtmlDecode(html));

        // Suggestions: newest first, encoded, without the empty one and the one after the period.
        Assert.Contains("&lt;b&gt;Tambah&lt;/b&gt; kursi", html);
        var text = WebUtility.HtmlDecode(html);
        var b = text.IndexOf("=1+1 ruang tunggu", StringComparison.Ordinal);
        var tambah = text.IndexOf("<b>Tambah</b> kursi", StringComparison.Ordinal);
        var cepat = text.IndexOf("Pelayanan cepat", StringComparison.Ordinal);
        Assert.True(b > 0 && b < tambah && tambah < cepat, $"{b} {tambah} {cepat}");
        Assert.DoesNotContain("<b>Tambah</b>", html);
        Assert.DoesNotContain("Di luar periode", html);
    }

    [Fact]
    public async Task An_empty_period_says_so_instead_of_a_table_of_nulls()
    {
        var client = await UtamaAsync();
        var html = await client.GetStringAsync("/Survei?periode=custom&dari=2024-01-01&sampai=2024-12-31&unit=SKR-A");
        Assert.Contains("id=\"survey-empty\"", html);
        Assert.Contains("Belum ada responden", html);
        Assert.DoesNotContain("id=\"survey-elements\"", html);
        Assert.DoesNotContain("id=\"kpi-ikm\"", html);
    }

    [Fact]
    public async Task A_pembantu_sees_only_its_own_unit()
    {
        var client = await PembantuAsync();
        var own = await client.GetStringAsync($"/Survei?periode=custom&{Period}");
        Assert.Contains("id=\"kpi-respondents\">3<", own);
        Assert.Contains("id=\"kpi-converted\">78,70<", own);
        Assert.DoesNotContain("value=\"SKR-B\"", own);
        Assert.DoesNotContain("ruang tunggu", own);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Survei?periode=custom&{Period}&unit=SKR-B")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Survei/Laporan?{Period}&unit=SKR-B")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Survei/Laporan?{Period}&unit=SKR&format=json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/reports/survey?from={SurveyResultsData.From}&to={SurveyResultsData.To}&unit=SKR-B")).StatusCode);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/survey?from={SurveyResultsData.From}&to={SurveyResultsData.To}"));
        Assert.Equal("SKR-A", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("total").GetProperty("respondents").GetInt32());
    }

    private static readonly string[] UnitKeys = ["code", "name", "respondents", "nrr", "ikm", "ikmConverted", "grade", "population", "minimumSample", "sampleAdequate"];

    private static void AssertJson(JsonElement root)
    {
        Assert.Equal(["report", "from", "to", "unit", "units", "total"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("survey", root.GetProperty("report").GetString());
        Assert.Equal(SurveyResultsData.From, root.GetProperty("from").GetString());
        Assert.Equal(SurveyResultsData.To, root.GetProperty("to").GetString());
        Assert.Equal("SKR", root.GetProperty("unit").GetString());
        var units = root.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["SKR", "SKR-A", "SKR-B"], units.Select(u => u.GetProperty("code").GetString()));
        foreach (var u in units.Append(root.GetProperty("total")))
        {
            Assert.Equal(UnitKeys, u.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"], u.GetProperty("nrr").EnumerateObject().Select(p => p.Name));
        }

        // The root unit itself has no responses: nulls, zero respondents.
        Assert.Equal(0, units[0].GetProperty("respondents").GetInt32());
        Assert.Equal(JsonValueKind.Null, units[0].GetProperty("ikm").ValueKind);
        Assert.Equal(JsonValueKind.Null, units[0].GetProperty("grade").ValueKind);
        Assert.Equal(JsonValueKind.Null, units[0].GetProperty("nrr").GetProperty("u1").ValueKind);

        var a = units[1];
        Assert.Equal(("3.67", "1.67", "3.148", "78.70", "B"), (a.GetProperty("nrr").GetProperty("u1").GetRawText(), a.GetProperty("nrr").GetProperty("u8").GetRawText(),
            a.GetProperty("ikm").GetRawText(), a.GetProperty("ikmConverted").GetRawText(), a.GetProperty("grade").GetString()));
        Assert.Equal((2, 2, true), (a.GetProperty("population").GetInt32(), a.GetProperty("minimumSample").GetInt32(), a.GetProperty("sampleAdequate").GetBoolean()));
        var b = units[2];
        Assert.Equal(("2.00", "2.000", "50.00", "D"), (b.GetProperty("nrr").GetProperty("u9").GetRawText(), b.GetProperty("ikm").GetRawText(),
            b.GetProperty("ikmConverted").GetRawText(), b.GetProperty("grade").GetString()));
        Assert.Equal((5, 5, false), (b.GetProperty("population").GetInt32(), b.GetProperty("minimumSample").GetInt32(), b.GetProperty("sampleAdequate").GetBoolean()));

        var t = root.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, t.GetProperty("code").ValueKind);
        Assert.Equal(4, t.GetProperty("respondents").GetInt32());
        Assert.Equal(["3.25", "3.00", "2.50", "2.50", "3.00", "3.25", "3.50", "1.75", "3.00"], t.GetProperty("nrr").EnumerateObject().Select(p => p.Value.GetRawText()));
        Assert.Equal(("2.861", "71.53", "C"), (t.GetProperty("ikm").GetRawText(), t.GetProperty("ikmConverted").GetRawText(), t.GetProperty("grade").GetString()));
        Assert.Equal((7, 7, false), (t.GetProperty("population").GetInt32(), t.GetProperty("minimumSample").GetInt32(), t.GetProperty("sampleAdequate").GetBoolean()));
    }

    [Fact]
    public async Task The_json_download_and_the_api_follow_the_contract()
    {
        var client = await UtamaAsync();
        var download = await client.GetStringAsync($"/Survei/Laporan?{Period}&unit=SKR&format=json");
        using (var json = JsonDocument.Parse(download)) AssertJson(json.RootElement);
        var api = await client.GetStringAsync($"/api/v1/reports/survey?from={SurveyResultsData.From}&to={SurveyResultsData.To}&unit=SKR");
        Assert.Equal(download, api);

        var bad = await client.GetAsync($"/api/v1/reports/survey?from=2025-13-01&to={SurveyResultsData.To}&unit=SKR");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"from\"", await bad.Content.ReadAsStringAsync());
        var reversed = await client.GetAsync("/api/v1/reports/survey?from=2025-06-30&to=2025-01-01&unit=SKR");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reports/survey?from={SurveyResultsData.From}&to={SurveyResultsData.To}&unit=NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/v1/reports/survey?from={SurveyResultsData.From}&to={SurveyResultsData.To}")).StatusCode);
    }

    [Fact]
    public async Task Csv_and_xlsx_hold_the_same_rows()
    {
        var client = await UtamaAsync();
        var csv = (await client.GetStringAsync($"/Survei/Laporan?{Period}&unit=SKR&format=csv")).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("unit_code,unit_name,respondents,u1,u2,u3,u4,u5,u6,u7,u8,u9,ikm,ikm_converted,grade,population,minimum_sample,sample_adequate", csv[0]);
        Assert.Equal("SKR,Unit SKR,0,,,,,,,,,,,,,0,0,false", csv[1]);
        Assert.Equal("SKR-A,Unit SKR-A,3,3.67,3.33,2.67,2.67,3.33,3.67,4.00,1.67,3.33,3.148,78.70,B,2,2,true", csv[2]);
        Assert.Equal("TOTAL,Unit SKR,4,3.25,3.00,2.50,2.50,3.00,3.25,3.50,1.75,3.00,2.861,71.53,C,7,7,false", csv[4]);

        var xlsx = await client.GetByteArrayAsync($"/Survei/Laporan?{Period}&unit=SKR&format=xlsx");
        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("TOTAL", rows[3]["Kode unit"]);
        Assert.Equal(71.53, Convert.ToDouble(rows[3]["IKM konversi"], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal("C", rows[3]["Mutu pelayanan"]);
        Assert.Equal("tidak", rows[3]["Sampel memadai"]);
        Assert.Equal(1.75, Convert.ToDouble(rows[3]["NRR U8 Penanganan pengaduan, saran, dan masukan"], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task The_print_view_has_the_letterhead_tables_chart_method_and_signature()
    {
        var client = await UtamaAsync();
        var html = await client.GetStringAsync($"/Survei/Laporan?{Period}&unit=SKR");
        Assert.Contains("LAPORAN SURVEI KEPUASAN MASYARAKAT", html);
        Assert.Contains("class=\"kop", html);
        Assert.Contains("id=\"sum-converted\">71,53<", html);
        Assert.Contains("C (Kurang Baik)", html);
        Assert.Contains("<svg", html);
        Assert.Contains("Krejcie", html);
        Assert.Contains("id=\"survey-report-signature\"", html);
        Assert.Equal(["u8", "u3", "u4", "u2", "u5", "u9", "u1", "u6", "u7"], ElementRow().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_command_writes_json_csv_and_html_and_names_bad_input()
    {
        string[] Args(params string[] more) => ["report", "survey", "--from", SurveyResultsData.From, "--to", SurveyResultsData.To, .. more];
        var json = await Support.Cli.RunAsync(app.Database, Args("--unit", "SKR"));
        Assert.True(json.ExitCode == 0, json.Err);
        using (var doc = JsonDocument.Parse(json.Out)) AssertJson(doc.RootElement);

        var csv = await Support.Cli.RunAsync(app.Database, Args("--unit", "SKR-B", "--format", "csv"));
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("TOTAL,Unit SKR-B,1,2.00", csv.Out);

        var html = await Support.Cli.RunAsync(app.Database, Args("--unit", "SKR", "--format", "html"));
        Assert.True(html.ExitCode == 0, html.Err);
        Assert.Contains("LAPORAN SURVEI KEPUASAN MASYARAKAT", html.Out);
        Assert.Contains("id=\"sum-converted\">71,53<", html.Out);

        var noUnit = await Support.Cli.RunAsync(app.Database, Args("--unit", "NOPE"));
        Assert.Equal(1, noUnit.ExitCode);
        Assert.Contains("--unit", noUnit.Err);
        var badDate = await Support.Cli.RunAsync(app.Database, ["report", "survey", "--from", "2025-02-30", "--to", "2025-06-30"]);
        Assert.Equal(1, badDate.ExitCode);
        Assert.Contains("--from", badDate.Err);
        var xlsxNoFile = await Support.Cli.RunAsync(app.Database, Args("--format", "xlsx"));
        Assert.Equal(1, xlsxNoFile.ExitCode);
        Assert.Contains("--out", xlsxNoFile.Err);
    }

    [Fact]
    public async Task The_pdf_is_printed_by_chromium()
    {
        var client = await UtamaAsync();
        var response = await client.GetAsync($"/Survei/Laporan?{Period}&unit=SKR&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = Regex.Replace(await PublicForm.PdfTextAsync(pdf), @"\s+", " ");
        Assert.Contains("LAPORAN SURVEI KEPUASAN MASYARAKAT", text);
        Assert.Contains("71,53", text);
        Assert.Contains("Halaman 1 dari", text);
    }
}

public sealed class SurveyResultsTestsSqlite(SqliteApp app) : SurveyResultsTests<SqliteApp>(app);

public sealed class SurveyResultsTestsPostgres(PostgresApp app) : SurveyResultsTests<PostgresApp>(app);
