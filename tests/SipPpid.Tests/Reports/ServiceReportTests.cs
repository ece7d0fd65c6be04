using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Reports.ReportData;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The service report's figures on hand-built data, January 2026 (1 Jan and 16 Jan are holidays). The expected
/// values are worked out by hand in the comments; the same data runs on SQLite and PostgreSQL.
/// </summary>
public abstract class ServiceReportTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        // xUnit makes a class instance per test; the data goes into the shared app once.
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<ServiceReportResult> RunAsync(string from, string to, string? unit = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var report = scope.ServiceProvider.GetRequiredService<ServiceReport>();
        return (await report.RunAsync(new ServiceReport.Query(D(from), D(to), unit), CancellationToken.None))!;
    }

    [Fact]
    public async Task The_units_figures_follow_the_counting_rules()
    {
        var report = await RunAsync("2026-01-01", "2026-01-31");
        Assert.Equal(["PROV", "A", "B", "B1", "C"], report.Units.Select(u => u.Code));
        var a = report.Units.Single(u => u.Code == "A").Requests;
        Assert.Equal(8, a.Received);
        Assert.Equal(2, a.ByChannel["web"]);
        Assert.Equal(1, a.ByChannel["in_person"]);
        Assert.Equal(1, a.ByChannel["other"]);
        Assert.Equal(4, a.Decided);
        Assert.Equal(1, a.Withdrawn);
        Assert.Equal(3, a.Pending);
        Assert.Equal(1, a.ByDecision["granted_full"]);
        Assert.Equal(1, a.ByDecision["granted_partial"]);
        Assert.Equal(1, a.ByDecision["rejected_exempt"]);
        Assert.Equal(1, a.ByDecision["not_held"]);
        Assert.Equal(1, a.Exemptions["17h"]);
        Assert.Equal(0, a.Exemptions["17a"]);
        Assert.Equal(1, a.Extended);
        Assert.Equal(3, a.OnTime);
        Assert.Equal(1, a.Late);
        Assert.Equal(2, a.Overdue);
        Assert.Equal(new ProcessingDays(8.25m, 8.5m, 0, 16), a.ProcessingDays); // days 0, 5, 12, 16
        Assert.Equal([1, 1, 0, 2, 0], a.ProcessingDaysDistribution.Values);

        var c = report.Units.Single(u => u.Code == "C");
        Assert.Equal(0, c.Requests.Received);
        Assert.Null(c.Requests.ProcessingDays);
        Assert.Equal("PROV", c.ParentCode);
        Assert.Equal(17, report.Units.Single(u => u.Code == "B").Requests.ProcessingDays!.Median);
    }

    [Fact]
    public async Task The_total_sums_the_units_and_pools_the_durations_for_the_median()
    {
        var t = (await RunAsync("2026-01-01", "2026-01-31")).Total;
        Assert.Equal(10, t.Requests.Received);
        Assert.Equal(6, t.Requests.Decided);
        Assert.Equal(3, t.Requests.Pending);
        Assert.Equal(4, t.Requests.OnTime);
        Assert.Equal(2, t.Requests.Late);
        Assert.Equal(new ProcessingDays(8.5m, 8.5m, 0, 17), t.Requests.ProcessingDays); // 0, 1, 5, 12, 16, 17
        Assert.Equal([2, 1, 0, 3, 0], t.Requests.ProcessingDaysDistribution.Values);

        Assert.Equal(3, t.Objections.Received);
        Assert.Equal(1, t.Objections.Decided);
        Assert.Equal(2, t.Objections.Pending);
        Assert.Equal([1, 1, 1, 1, 1, 0, 1], t.Objections.ByGround.Values);
        Assert.Equal(1, t.Objections.ByDecision["rejected"]);
        Assert.Equal(0, t.Objections.ByDecision["accepted"]);
        Assert.Equal(1, t.Objections.OnTime);

        Assert.Equal(2, t.Disputes.Received);
        Assert.Equal(1, t.Disputes.ByOutcome["mediation_success"]);
        Assert.Equal(1, t.Disputes.ByOutcome["pending"]);
        Assert.Equal(0, t.Disputes.ByOutcome["adjudication_for_applicant"]);
        Assert.Equal(1, t.Disputes.CourtCases);
    }

    [Fact]
    public async Task A_subtree_report_counts_only_that_subtree()
    {
        var report = await RunAsync("2026-01-01", "2026-01-31", "B");
        Assert.Equal(["B", "B1"], report.Units.Select(u => u.Code));
        Assert.Equal(2, report.Total.Requests.Received);
        Assert.Equal(new ProcessingDays(9m, 9m, 1, 17), report.Total.Requests.ProcessingDays);
        Assert.Equal(1, report.Total.Objections.Received);
    }

    [Fact]
    public async Task A_later_period_sees_the_later_notices_and_outcomes()
    {
        var t = (await RunAsync("2026-01-01", "2026-02-28")).Total;
        Assert.Equal(7, t.Requests.Decided);                       // the 3 February notice now counts
        Assert.Equal(2, t.Requests.Withdrawn);                     // the 5 February withdrawal counts too
        Assert.Equal(1, t.Disputes.ByOutcome["adjudication_for_applicant"]);
        Assert.Equal(1, t.Objections.ByDecision["accepted"]);
    }

    [Fact]
    public async Task The_json_follows_the_contract_and_the_command_prints_it()
    {
        var json = JsonSerializer.Serialize(await RunAsync("2026-01-01", "2026-01-31"));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("service", root.GetProperty("report").GetString());
        Assert.Equal("2026-01-01", root.GetProperty("from").GetString());
        Assert.Equal("PROV", root.GetProperty("unit").GetString());
        var requests = root.GetProperty("total").GetProperty("requests");
        foreach (var key in new[] { "received", "byChannel", "withdrawn", "decided", "pending", "byDecision", "exemptions", "extended", "onTime", "late", "overdue", "processingDays", "processingDaysDistribution" })
            Assert.True(requests.TryGetProperty(key, out _), key);
        Assert.Equal(8.5m, requests.GetProperty("processingDays").GetProperty("median").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("units")[4].GetProperty("requests").GetProperty("processingDays").ValueKind);
        Assert.Equal(3, root.GetProperty("total").GetProperty("objections").GetProperty("received").GetInt32());
        Assert.Equal(1, root.GetProperty("total").GetProperty("disputes").GetProperty("courtCases").GetInt32());

        var cli = await Support.Cli.RunAsync(app.Database, "report", "service", "--from", "2026-01-01", "--to", "2026-01-31", "--unit", "A");
        Assert.Equal(0, cli.ExitCode);
        using var printed = JsonDocument.Parse(cli.Out);
        Assert.Equal(8, printed.RootElement.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32());
        var bad = await Support.Cli.RunAsync(app.Database, "report", "service", "--from", "2026-13-01", "--to", "2026-01-31");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--from", bad.Err);
    }

    [Fact]
    public async Task The_api_answers_staff_within_their_scope_and_the_public_totals_of_ended_periods()
    {
        var anonymous = app.Client();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/reports/service?from=2026-01-01&to=2026-01-31")).StatusCode);
        var open = await anonymous.GetStringAsync("/api/v1/reports/service/public?from=2026-01-01&to=2026-01-31");
        Assert.Contains("\"received\":10", open);
        Assert.DoesNotContain("\"units\"", open);
    }
}

public sealed class ServiceReportTestsSqlite(SqliteApp app) : ServiceReportTests<SqliteApp>(app);

public sealed class ServiceReportTestsPostgres(PostgresApp app) : ServiceReportTests<PostgresApp>(app);

/// <summary>The hand-built January 2026 data (expected figures in <see cref="ServiceReportTests{TApp}"/>).</summary>
internal static class ServiceReportData
{
    public static async Task SeedAsync(AppFactory app)
    {
        await WithAsync(app, async data =>
        {
            var root = data.Unit("PROV", null);
            var a = data.Unit("A", root);
            var b = data.Unit("B", root);
            var b1 = data.Unit("B1", b);
            data.Unit("C", root); // nothing to count
            await data.SaveAsync();

            data.Request(a, "2026-01-03", Channel.Web, notice: "2026-01-09", decision: Decision.GrantedFull);          // Saturday receipt: 5 days, due 19 Jan
            var r2 = data.Request(a, "2026-01-05", Channel.InPerson, notice: "2026-01-05", decision: Decision.RejectedExempt, basis: "17h"); // same day: 0
            data.Request(a, "2026-01-01", Channel.Email);                                                              // holiday receipt, due 15 Jan: overdue
            data.Request(a, "2026-01-05", Channel.Web, notice: "2026-01-28", decision: Decision.GrantedPartial, extension: "2026-01-19"); // valid extension, day 16 ≤ 17
            var r5 = data.Request(a, "2026-01-05", Channel.Letter, notice: "2026-01-22", decision: Decision.NotHeld, extension: "2026-01-21"); // void extension: late, 12 days
            data.Request(a, "2026-01-20", Channel.Phone, notice: "2026-02-03", decision: Decision.GrantedFull);         // notice after the period: pending, due 3 Feb
            data.Request(a, "2026-01-12", Channel.WhatsApp, withdrawn: "2026-01-14");                                  // withdrawn
            var r8 = data.Request(a, "2025-12-20", Channel.Web, notice: "2026-01-05", decision: Decision.GrantedFull);  // received before the period
            data.Request(a, "2026-01-10", Channel.Other, withdrawn: "2026-02-05");                                     // withdrawn later: pending, overdue (26 Jan)
            data.Request(b1, "2026-01-06", Channel.Web, notice: "2026-01-07", decision: Decision.GrantedFull);         // 1 day
            var r11 = data.Request(b, "2026-01-06", Channel.Web, notice: "2026-01-30", decision: Decision.GrantedFull); // 17 days, due 21 Jan: late

            data.Objection(r2, "2026-01-12", "a;c", decided: "2026-01-20", decision: ObjectionDecision.Rejected);
            data.Objection(r8, "2026-01-15", "g", decided: "2026-02-10", decision: ObjectionDecision.Accepted);     // decided after the period: pending
            data.Objection(r5, "2025-12-30", "g", decided: "2026-01-10", decision: ObjectionDecision.Settled);      // received before the period
            data.Objection(r11, "2026-01-31", "b;d;e");
            data.Dispute(r2, "2026-01-25", DisputeOutcome.MediationSuccess, "2026-01-30");
            data.Dispute(r5, "2026-01-26", DisputeOutcome.AdjudicationForApplicant, "2026-02-15", court: true);    // outcome after the period: pending
            data.Dispute(r11, "2025-12-01", DisputeOutcome.Withdrawn, "2025-12-20");
            return 0;
        });
    }
}
