using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Reports.ReportData;

namespace SipPpid.Tests.Reports;

/// <summary>The app with "today" fixed at 10 March 2026, 10.00 WIB (the clock still ticks from there).</summary>
public abstract class AsOfApp(string provider) : AppFactory(provider)
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 3, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock { Offset = Now - TimeProvider.System.GetUtcNow() }));
    }
}

public sealed class AsOfSqliteApp() : AsOfApp("sqlite");

public sealed class AsOfPostgresApp() : AsOfApp("postgres");

/// <summary>
/// The "as of" rule of the service report: a period that ends after today is counted as it stands today,
/// on every surface; the trend adds up to the table; a reopened request counts the same everywhere. Today is
/// 10 March 2026; the period "Tahun ini" runs to 31 December 2026.
/// </summary>
public abstract partial class AsOfTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AsOfApp
{
    private const string Email = "kepala@ppid.test";
    private const string Password = "Sandi-Kepala-2026";
    private const string Year = "periode=custom&dari=2026-01-01&sampai=2026-12-31&unit=PROV";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await WithAsync(app, async data =>
        {
            var root = data.Unit("PROV", null);
            var a = data.Unit("A", root);
            var b = data.Unit("B", root);
            await data.SaveAsync();
            data.Request(a, "2026-01-05", notice: "2026-01-09", decision: Decision.GrantedFull); // decided on time
            data.Request(a, "2026-01-05");                                                      // due 19 January: overdue today
            data.Request(a, "2026-03-05");                                                      // due after today: pending, not overdue
            data.Request(b, "2026-01-28", notice: "2026-02-05", decision: Decision.GrantedFull); // received in January, decided in February
            var reopened = data.Request(a, "2026-01-12", notice: "2026-01-20", decision: Decision.RejectedExempt, basis: "17b");
            reopened.Status = RequestStatus.InProcess; // the Atasan PPID upheld the objection: back to "Diproses", its notice kept
            data.Objection(reopened, "2026-01-22", "a", decided: "2026-02-10", decision: ObjectionDecision.Accepted);
            return 0;
        });
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var u = new AppUser { UserName = Email, Email = Email, FullName = "Kepala PPID" };
        Assert.True((await users.CreateAsync(u, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(u, "PpidUtama")).Succeeded);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<ServiceReportResult> RunAsync(string from, string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ServiceReport>().RunAsync(new ServiceReport.Query(D(from), D(to), null), CancellationToken.None))!;
    }

    [Fact]
    public async Task A_period_that_ends_after_today_counts_nothing_overdue_before_its_deadline()
    {
        var year = await RunAsync("2026-01-01", "2026-12-31");
        Assert.Equal("2026-03-10", year.AsOf);
        Assert.True(year.Provisional);
        var t = year.Total.Requests;
        Assert.Equal((5, 3, 2), (t.Received, t.Decided, t.Pending)); // the reopened request stays decided
        Assert.Equal(1, t.Overdue);                                 // only the one due 19 January; the March one is not due yet
        Assert.Contains("\"asOf\":\"2026-03-10\"", JsonSerializer.Serialize(year), StringComparison.Ordinal);

        var january = await RunAsync("2026-01-01", "2026-01-31");
        Assert.Equal("2026-01-31", january.AsOf);
        Assert.False(january.Provisional);
        Assert.Equal(1, january.Total.Requests.Overdue);
    }

    [Fact]
    public async Task The_dashboard_its_drill_down_and_the_registers_overdue_filter_agree()
    {
        var client = await app.SignedInAsync(Email, Password);
        var html = await client.GetStringAsync("/Reports?" + Year);
        Assert.Contains("id=\"provisional-banner\"", html);
        Assert.Matches("id=\"kpi-overdue\">1<", html);

        // The headline card is a link to exactly the requests it counts, and the banner names the figure in Indonesian.
        var overdueLink = WebUtility.HtmlDecode(KpiLink().Match(html).Groups[1].Value);
        Assert.Contains("Filter.Figure=overdue", overdueLink);
        var drilled = WebUtility.HtmlDecode(await client.GetStringAsync(overdueLink));
        Assert.Equal(1, Count(drilled));
        Assert.Contains("“Lewat tenggat”, keadaan per 10 Maret 2026", drilled);
        Assert.DoesNotContain(": overdue", drilled);

        // The register's own deadline filter and the dashboard's overdue list count the same one request.
        Assert.Equal(1, Count(await client.GetStringAsync("/Requests?Filter.State=overdue")));
        Assert.Single(Regex.Matches(Section(html, "overdue"), "/Requests/Details/"));
        Assert.Equal(2, Count(await client.GetStringAsync(DrillLink(html, "pending"))));
    }

    [Fact]
    public async Task The_monthly_trend_adds_up_to_the_table()
    {
        var client = await app.SignedInAsync(Email, Password);
        var html = await client.GetStringAsync("/Reports?" + Year);
        var rows = TrendRow().Matches(html[html.IndexOf("id=\"trend-table\"", StringComparison.Ordinal)..])
            .Select(m => (Received: Int(m.Groups[1].Value), Decided: Int(m.Groups[2].Value), OnTime: Int(m.Groups[3].Value))).ToList();
        Assert.Equal(12, rows.Count);
        var total = (await RunAsync("2026-01-01", "2026-12-31")).Total.Requests;
        Assert.Equal(total.Received, rows.Sum(r => r.Received));
        Assert.Equal(total.Decided, rows.Sum(r => r.Decided)); // the January request decided in February counts in January
        Assert.Equal(total.OnTime, rows.Sum(r => r.OnTime));
        Assert.Equal((4, 3), (rows[0].Received, rows[0].Decided));
    }

    [Fact]
    public async Task A_reopened_request_is_decided_in_the_figures_and_a_follow_up_in_the_register_and_on_the_dashboard()
    {
        var client = await app.SignedInAsync(Email, Password);
        var html = await client.GetStringAsync("/Reports?" + Year);
        Assert.Single(Regex.Matches(Section(html, "follow-up"), "/Requests/Details/"));
        Assert.Contains("dibuka kembali karena keberatan diterima Atasan PPID tetap dihitung sudah diputus", html);

        Assert.Equal(1, Count(await client.GetStringAsync("/Requests?Filter.State=follow_up")));
        // "Diproses" lists all three open requests and says which one the report counts as decided.
        var inProcess = await client.GetStringAsync("/Requests?Filter.Status=in_process&Filter.Unit=A");
        Assert.Equal(3, Count(inProcess));
        Assert.Contains("id=\"follow-up-note\"", inProcess);
        Assert.Contains("1 permohonan di daftar ini dibuka kembali", inProcess);
        Assert.Equal(2, Count(await client.GetStringAsync(DrillLink(html, "pending").Replace("Filter.Under=PROV", "Filter.Unit=A", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Every_rendering_says_the_report_is_provisional_and_finalizing_it_needs_a_confirmation()
    {
        var client = await app.SignedInAsync(Email, Password);
        var csv = await client.GetStringAsync("/Reports?handler=Download&format=csv&" + Year);
        Assert.Contains(",as_of,provisional", csv.Split('\n')[0]);
        Assert.Contains(",2026-03-10,true", csv.Split('\n').Single(l => l.StartsWith("TOTAL,", StringComparison.Ordinal)));
        using (var json = JsonDocument.Parse(await client.GetStringAsync("/Reports?handler=Download&format=json&" + Year)))
            Assert.Equal("2026-03-10", json.RootElement.GetProperty("asOf").GetString());
        using (var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reports/service?from=2026-01-01&to=2026-12-31")))
            Assert.Equal("2026-03-10", api.RootElement.GetProperty("asOf").GetString());
        var xlsx = await client.GetByteArrayAsync("/Reports?handler=Download&format=xlsx&" + Year);
        using (var sheet = new MemoryStream(xlsx))
            Assert.Equal(["Rekap per Unit (sementara)"], MiniExcelLibs.MiniExcel.GetSheetNames(sheet));
        Assert.Contains("REKAP SEMENTARA", await client.GetStringAsync("/Reports/Recap?dari=2026-01-01&sampai=2026-12-31&unit=PROV"));
        var print = await client.GetStringAsync("/Reports/Service?dari=2026-01-01&sampai=2026-12-31&unit=PROV");
        Assert.Contains("LAPORAN SEMENTARA", print);
        Assert.Contains("belum diputus per 10 Maret 2026", Regex.Replace(print, @"\s+", " "));
        Assert.DoesNotContain("SEMENTARA", await client.GetStringAsync("/Reports/Service?dari=2026-01-01&sampai=2026-01-31&unit=PROV"));

        // Finalizing: refused without the explicit confirmation (on the server), nothing archived; then archived.
        const string url = "/Reports/Archive/Finalize?dari=2026-01-01&sampai=2026-12-31&unit=PROV";
        var page = await client.GetStringAsync(url);
        Assert.Contains("id=\"confirm-provisional\"", page);
        var refused = await AppFactory.PostFormAsync(client, url, [], formPage: url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Periode ini belum berakhir. Centang konfirmasi", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.ReportArchives.CountAsync()));
        var done = await AppFactory.PostFormAsync(client, url, new() { ["ConfirmProvisional"] = "true" }, formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReportArchives.CountAsync()));
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Count(string register) => Int(ResultCount().Match(register).Groups[1].Value);

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    /// <summary>The total row's link of a figure (the last in the table).</summary>
    private static string DrillLink(string html, string figure) =>
        WebUtility.HtmlDecode(Regex.Matches(html, $"<a href=\"(/Requests\\?[^\"]+)\" data-figure=\"{figure}\">")[^1].Groups[1].Value);

    [GeneratedRegex("<a class=\"card card-body kpi-link\" href=\"([^\"]+)\"><span class=\"text-muted small\">Lewat tenggat")]
    private static partial Regex KpiLink();

    [GeneratedRegex("<tr><td>[^<]+</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td></tr>")]
    private static partial Regex TrendRow();

    [GeneratedRegex("id=\"result-count\">(\\d+) ")]
    private static partial Regex ResultCount();
}

public sealed class AsOfTestsSqlite(AsOfSqliteApp app) : AsOfTests<AsOfSqliteApp>(app);

public sealed class AsOfTestsPostgres(AsOfPostgresApp app) : AsOfTests<AsOfPostgresApp>(app);

/// <summary>The period presets, including last year and the semesters the statutory reports cover.</summary>
public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("last_year", "2025-01-01", "2025-12-31")]
    [InlineData("semester1", "2026-01-01", "2026-06-30")]
    [InlineData("semester2", "2026-07-01", "2026-12-31")]
    [InlineData("last_semester1", "2025-01-01", "2025-06-30")]
    [InlineData("last_semester2", "2025-07-01", "2025-12-31")]
    [InlineData("year", "2026-01-01", "2026-12-31")]
    public void Presets_cover_this_and_last_year(string preset, string from, string to) =>
        Assert.Equal((D(from), D(to)), ReportPeriod.Of(preset, D("2026-03-10"), null, null));

    [Fact]
    public void As_of_is_the_earlier_of_the_last_day_and_today()
    {
        Assert.Equal(D("2026-03-10"), ReportPeriod.AsOf(D("2026-12-31"), D("2026-03-10")));
        Assert.Equal(D("2026-01-31"), ReportPeriod.AsOf(D("2026-01-31"), D("2026-03-10")));
        Assert.True(ReportPeriod.IsProvisional(D("2026-12-31"), D("2026-03-10")));
        Assert.False(ReportPeriod.IsProvisional(D("2026-03-10"), D("2026-03-10")));
    }
}
