using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>
/// The satisfaction index where the service is reported (issue 16), on the January 2026 data of the service report's
/// tests (PROV, A, B with B1, C) plus a worked example of responses: A answers 4×9 and 3×9 (NRR 3.5 each: IKM konversi
/// 87.50, B), B1 answers 2×9 (50.00, D); the total is NRR 3 each (75.00, C), not the mean of the units (68.75). A's
/// five notices of January need a sample of 5 (two responses: not adequate); B1's one needs 1 (adequate).
/// </summary>
public abstract partial class SurveyInReportsTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Staff = "utama@skm-laporan.test";
    private const string January = "dari=2026-01-01&sampai=2026-01-31";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
        await app.AccountAsync(Staff, Roles.PpidUtama);
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            void Add(string unit, string date, int answer) => db.SurveyResponses.Add(new SurveyResponse
            {
                UnitId = units[unit],
                Date = ReportData.D(date),
                SubmittedAtUtc = DateTime.UtcNow,
                Source = SurveySource.Kiosk,
                Answers = [.. Enumerable.Repeat<int?>(answer, 9)],
            });
            Add("A", "2026-01-10", 4);
            Add("A", "2026-01-31", 3);
            Add("B1", "2026-01-01", 2);
            Add("C", "2026-02-01", 1); // February: outside the January reports
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Row(string html, string table, string unit) =>
        Regex.Match(html, $"id=\"{table}\".*?(<tr[^>]*data-unit=\"{unit}\".*?</tr>)", RegexOptions.Singleline).Groups[1].Value;

    private static string[] Cells(string row) =>
        [.. Regex.Matches(row, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline).Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).Trim())];

    [Fact]
    public async Task The_service_report_shows_the_survey_per_unit_and_in_total()
    {
        var client = await app.SignedInAsync(Staff, TestAccounts.Password);
        var html = await client.GetStringAsync($"/Reports/Service?{January}&unit=PROV");
        Assert.Contains("id=\"report-survey\"", html);
        Assert.Contains("id=\"report-survey-respondents\">3<", html);
        Assert.Contains("id=\"report-survey-ikm\">75,00<", html);
        // Unit, respondents, decided requests, minimum sample, adequate, IKM konversi, mutu.
        Assert.Equal(["Unit A", "2", "5", "5", "Tidak", "87,50", "B (Baik)"], Cells(Row(html, "report-survey-table", "A")));
        Assert.Equal(["Unit B1", "1", "1", "1", "Ya", "50,00", "D (Tidak Baik)"], Cells(Row(html, "report-survey-table", "B1")));
        Assert.Equal(["Jumlah", "3", "7", "7", "Tidak", "75,00", "C (Kurang Baik)"], Cells(Row(html, "report-survey-table", "TOTAL")));
        Assert.DoesNotContain("data-unit=\"C\"", Regex.Match(html, "id=\"report-survey-table\".*?</table>", RegexOptions.Singleline).Value);
    }

    [Fact]
    public async Task The_service_report_has_no_survey_section_without_responses()
    {
        var client = await app.SignedInAsync(Staff, TestAccounts.Password);
        var c = await client.GetStringAsync($"/Reports/Service?{January}&unit=C"); // C's only response is in February
        Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", c);
        Assert.DoesNotContain("Survei Kepuasan Masyarakat", c);
        var december = await client.GetStringAsync("/Reports/Service?dari=2025-12-01&sampai=2025-12-31&unit=PROV");
        Assert.DoesNotContain("report-survey", december);
    }

    [Fact]
    public async Task The_public_statistics_show_the_index_of_an_ended_period_rolled_up()
    {
        var html = await app.Client().GetStringAsync("/Statistik?periode=2026-01");
        Assert.Contains("id=\"survey-respondents\">3<", html);
        Assert.Contains("id=\"survey-ikm\">75,00<", html);
        Assert.Equal(["Unit A", "2", "87,50", "B (Baik)"], Cells(Row(html, "table-survey", "A")));
        Assert.Equal(["Unit B", "1", "50,00", "D (Tidak Baik)"], Cells(Row(html, "table-survey", "B"))); // B with B1 below it
        Assert.Equal(["Unit C", "0", "–", "–"], Cells(Row(html, "table-survey", "C")));
        Assert.Equal(["Jumlah", "3", "75,00", "C (Kurang Baik)"], Cells(Row(html, "table-survey", "TOTAL")));

        var unitB = await app.Client().GetStringAsync("/Statistik?periode=2026-01&unit=B");
        Assert.Equal(["Unit B1", "1", "50,00", "D (Tidak Baik)"], Cells(Row(unitB, "table-survey", "B1")));
    }

    [Fact]
    public async Task The_public_statistics_do_not_show_the_index_of_a_running_period()
    {
        var html = await app.Client().GetStringAsync("/Statistik?periode=2026");
        Assert.Contains("id=\"refusal\"", html);
        Assert.Contains("Indeks Kepuasan Masyarakat (SKM)", html);
        Assert.DoesNotContain("id=\"survey\"", html);
        // An ended period without responses shows no survey section either.
        Assert.DoesNotContain("id=\"survey\"", await app.Client().GetStringAsync("/Statistik?periode=2025-12"));
    }

    [Fact]
    public async Task The_reconciliation_dashboard_shows_each_units_index_beside_its_figures()
    {
        var client = await app.SignedInAsync(Staff, TestAccounts.Password);
        var html = await client.GetStringAsync($"/Reports?periode=custom&{January}");
        string Figure(string unit, string figure) =>
            System.Net.WebUtility.HtmlDecode(Regex.Match(Row(html, "recon-table", unit), $"data-figure=\"{figure}\"[^>]*>([^<]*)<").Groups[1].Value);
        Assert.Equal(("2", "B"), (Figure("A", "survey_respondents"), Figure("A", "survey_grade")));
        Assert.Matches("^87[,.]50$", Figure("A", "survey_ikm"));
        Assert.Equal(("1", "D"), (Figure("B1", "survey_respondents"), Figure("B1", "survey_grade")));
        Assert.Equal(("0", "–", "–"), (Figure("B", "survey_respondents"), Figure("B", "survey_ikm"), Figure("B", "survey_grade")));
        Assert.Equal(("3", "C"), (Figure("TOTAL", "survey_respondents"), Figure("TOTAL", "survey_grade")));
        Assert.Matches("^75[,.]00$", Figure("TOTAL", "survey_ikm"));
        // The htmx refresh carries the same columns.
        var table = await client.GetStringAsync($"/Reports?handler=Table&periode=custom&{January}&unit=PROV");
        Assert.Contains("data-figure=\"survey_grade\"", table);
    }
}

public sealed class SurveyInReportsTestsSqlite(SqliteApp app) : SurveyInReportsTests<SqliteApp>(app);

public sealed class SurveyInReportsTestsPostgres(PostgresApp app) : SurveyInReportsTests<PostgresApp>(app);
