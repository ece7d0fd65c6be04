using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.OpenStatistics;

/// <summary>
/// The public statistics on the hand-built January 2026 data of the service report's tests (units PROV, A, B with
/// B1, C): the same figures as <c>GET /api/v1/reports/service</c>, the small-number rule, ended periods only, no sign-in.
/// </summary>
public abstract class OpenStatisticsTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Staff = "utama@statistik.test";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
        await app.AccountAsync(Staff, Roles.PpidUtama);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> ApiAsync(string unit = "PROV")
    {
        var staff = await app.SignedInAsync(Staff, TestAccounts.Password);
        return JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/reports/service?from=2026-01-01&to=2026-01-31&unit={unit}")).RootElement;
    }

    [Fact]
    public async Task The_json_download_has_the_reports_figures_with_small_units_suppressed()
    {
        var api = await ApiAsync();
        var anonymous = app.Client();
        var response = await anonymous.GetAsync("/Statistik?periode=2026-01&handler=Download&format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var open = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var total = open.GetProperty("total").GetProperty("requests");
        var apiTotal = api.GetProperty("total").GetProperty("requests");
        foreach (var figure in new[] { "received", "decided", "withdrawn", "pending", "onTime", "late" })
            Assert.Equal(apiTotal.GetProperty(figure).GetInt32(), total.GetProperty(figure).GetInt32());
        Assert.Equal(apiTotal.GetProperty("processingDays").GetProperty("median").GetDecimal(), total.GetProperty("medianDays").GetDecimal());
        Assert.Equal(apiTotal.GetProperty("byDecision").GetRawText(), total.GetProperty("byDecision").GetRawText());
        Assert.Equal(apiTotal.GetProperty("exemptions").GetRawText(), total.GetProperty("exemptions").GetRawText());
        Assert.Equal(api.GetProperty("total").GetProperty("objections").GetProperty("received").GetInt32(),
            open.GetProperty("total").GetProperty("objections").GetProperty("received").GetInt32());
        Assert.Equal(api.GetProperty("total").GetProperty("disputes").GetProperty("byOutcome").GetRawText(),
            open.GetProperty("total").GetProperty("disputes").GetProperty("byOutcome").GetRawText());
        Assert.True(open.GetProperty("total").GetProperty("comparable").GetBoolean()); // 6 decided in all

        // The top-level units: A alone (a leaf), B with B1 (rolled up), C; PROV itself first.
        var units = open.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        Assert.Equal(["PROV", "A", "B", "C"], units.Keys);
        var apiUnits = api.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!, u => u.GetProperty("requests"));
        var a = units["A"];
        Assert.Equal(apiUnits["A"].GetProperty("received").GetInt32(), a.GetProperty("requests").GetProperty("received").GetInt32());
        Assert.Equal(4, a.GetProperty("requests").GetProperty("decided").GetInt32());
        Assert.False(a.GetProperty("comparable").GetBoolean()); // 4 decided: fewer than 5
        Assert.Equal("terlalu sedikit untuk dibandingkan", a.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("requests").GetProperty("medianDays").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("requests").GetProperty("onTimePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("requests").GetProperty("onTime").ValueKind);
        var b = units["B"].GetProperty("requests");
        Assert.Equal(apiUnits["B"].GetProperty("received").GetInt32() + apiUnits["B1"].GetProperty("received").GetInt32(), b.GetProperty("received").GetInt32());
        Assert.True(units["B"].GetProperty("hasSubunits").GetBoolean());
        Assert.Equal(api.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32(),
            units.Values.Sum(u => u.GetProperty("requests").GetProperty("received").GetInt32()));
    }

    [Fact]
    public async Task The_page_and_the_csv_show_the_same_figures_to_anyone()
    {
        var apiTotal = (await ApiAsync()).GetProperty("total").GetProperty("requests");
        var anonymous = app.Client();
        var page = await anonymous.GetStringAsync("/Statistik?periode=2026-01");
        Assert.Contains($"<dd id=\"total-received\">{apiTotal.GetProperty("received").GetInt32()}</dd>", page, StringComparison.Ordinal);
        Assert.Contains($"<dd id=\"total-decided\">{apiTotal.GetProperty("decided").GetInt32()}</dd>", page, StringComparison.Ordinal);
        Assert.Contains("terlalu sedikit untuk dibandingkan", page, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-volume\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"methodology-text\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Statistik?periode=2026-01&amp;unit=B\"", page, StringComparison.Ordinal); // B has B1 below it

        var csv = Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync("/Statistik?periode=2026-01&handler=Download&format=csv")).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var header = lines[0].ToList();
        var totalRow = lines.Single(l => l[0] == "TOTAL");
        Assert.Equal(apiTotal.GetProperty("received").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), totalRow[header.IndexOf("received")]);
        Assert.Equal(apiTotal.GetProperty("onTime").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), totalRow[header.IndexOf("on_time")]);
        var aRow = lines.Single(l => l[0] == "A");
        Assert.Equal("", aRow[header.IndexOf("days_median")]);
        Assert.Equal("", aRow[header.IndexOf("on_time")]);
        Assert.Equal("terlalu sedikit untuk dibandingkan", aRow[^1]);
    }

    [Fact]
    public async Task A_subtree_shows_its_unit_alone_and_the_units_below_it()
    {
        var json = JsonDocument.Parse(await app.Client().GetStringAsync("/Statistik?periode=2026-01&unit=B&handler=Download")).RootElement;
        Assert.Equal(["B", "B1"], json.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        var api = await ApiAsync("B");
        Assert.Equal(api.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32(),
            json.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync("/Statistik?periode=2026-01&unit=NOPE")).StatusCode);
    }

    [Fact]
    public async Task A_period_that_has_not_ended_is_refused()
    {
        var today = app.Services.GetRequiredService<BodyClock>().Today;
        var month = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var page = await app.Client().GetStringAsync($"/Statistik?periode={month}");
        Assert.Contains("id=\"refusal\"", page, StringComparison.Ordinal);
        Assert.Contains("belum berakhir", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"summary\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync($"/Statistik?periode={month}&handler=Download&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync($"/Statistik?periode={today.Year}&handler=Download")).StatusCode);
        Assert.Contains("tidak dikenal", await app.Client().GetStringAsync("/Statistik?periode=2026-13"), StringComparison.Ordinal);
    }
}

public sealed class OpenStatisticsTestsSqlite(SqliteApp app) : OpenStatisticsTests<SqliteApp>(app);

public sealed class OpenStatisticsTestsPostgres(PostgresApp app) : OpenStatisticsTests<PostgresApp>(app);
