using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Survey;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Survey;

/// <summary>
/// The survey's GROUP BY on a real database, with a worked example: per unit, a unit with an unanswered element, a
/// total computed from the responses (not the mean of unit indices), the period's bounds and the sample adequacy.
/// </summary>
public abstract class SurveyTalliesTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private static readonly DateOnly From = new(2019, 1, 1), To = new(2019, 12, 31);
    private static readonly string[] DecidedDays = ["2019-02-01", "2019-05-02", "2019-12-02"];

    public async Task InitializeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Units.Any(u => u.Code == "SKM")) return;
        var calendar = await scope.ServiceProvider.GetRequiredService<SipPpid.Rules.CalendarSource>().GetAsync();
        var data = new ReportData(db, calendar);
        var root = data.Unit("SKM", null);
        var ids = new Dictionary<string, Unit> { ["SKM-A"] = data.Unit("SKM-A", root), ["SKM-B"] = data.Unit("SKM-B", root), ["SKM-C"] = data.Unit("SKM-C", root) };
        await db.SaveChangesAsync();
        // SKM-A: three requests decided in 2019 (the population); one decided in 2020 and one undecided do not count.
        foreach (var day in DecidedDays)
            data.Request(ids["SKM-A"], day, notice: day, decision: Decision.GrantedFull);
        data.Request(ids["SKM-A"], "2019-12-30", notice: "2020-01-03", decision: Decision.GrantedFull);
        data.Request(ids["SKM-A"], "2019-12-30");
        void Add(string unit, string date, params int?[] answers) => db.SurveyResponses.Add(new SurveyResponse
        {
            UnitId = ids[unit].Id,
            Date = ReportData.D(date),
            SubmittedAtUtc = DateTime.UtcNow,
            Source = SurveySource.Kiosk,
            Answers = answers,
        });
        Add("SKM-A", "2019-03-01", 4, 4, 4, 4, 4, 4, 4, 4, 4);
        Add("SKM-A", "2020-01-01", 1, 1, 1, 1, 1, 1, 1, 1, 1); // after the period
        Add("SKM-A", "2018-12-31", 1, 1, 1, 1, 1, 1, 1, 1, 1); // before it
        for (var i = 0; i < 3; i++) Add("SKM-B", "2019-06-30", 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Add("SKM-C", "2019-01-01", 3, 3, 3, 3, 3, 3, 3, 3, null);
        Add("SKM-C", "2019-12-31", 2, 2, 2, 2, 2, 2, 2, 2, null);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<SurveyReport> ReportAsync(string path, string? code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await SurveyTallies.CountAsync(db, path, code, From, To, CancellationToken.None);
    }

    [Fact]
    public async Task Each_unit_and_the_total_follow_the_worked_example()
    {
        var report = await ReportAsync("/SKM/", "SKM");
        Assert.Equal(["SKM", "SKM-A", "SKM-B", "SKM-C"], report.Units.Select(u => u.Code));
        var (root, a, b, c) = (report.Units[0], report.Units[1], report.Units[2], report.Units[3]);

        Assert.Equal(0, root.Index.Respondents);
        Assert.Null(root.Index.Ikm);
        Assert.False(root.SampleAdequate);

        Assert.Equal((1, 100.00m, "A"), (a.Index.Respondents, a.Index.Converted, a.Index.Grade));
        Assert.Equal((3, 3), (a.Population, a.MinimumSample)); // ⌈38 410·3 ÷ (100·2 + 38 410)⌉ = ⌈2.98⌉ = 3
        Assert.False(a.SampleAdequate);

        Assert.Equal((3, 1.000m, 25.00m, "D"), (b.Index.Respondents, b.Index.Ikm, b.Index.Converted, b.Index.Grade));
        Assert.Equal(0, b.Population);
        Assert.True(b.SampleAdequate);

        // SKM-C never answered u9: no index, but its respondents and the other elements' NRR are shown.
        Assert.Equal(2, c.Index.Respondents);
        Assert.Equal(2.50m, c.Index.Nrr[0]);
        Assert.Null(c.Index.Nrr[8]);
        Assert.Null(c.Index.Converted);

        // The total, from the six responses: u1–u8 = 12/6 = 2.00, u9 = 7/4 = 1.75; IKM = 17.75/9 = 1.972; konversi 49.31 (D).
        // The mean of the unit indices that exist (100 and 25) would be 62.5.
        var total = report.Total;
        Assert.Equal(6, total.Index.Respondents);
        Assert.Equal(2.00m, total.Index.Nrr[0]);
        Assert.Equal(1.75m, total.Index.Nrr[8]);
        Assert.Equal(1.972m, total.Index.Ikm);
        Assert.Equal(49.31m, total.Index.Converted);
        Assert.Equal("D", total.Index.Grade);
        Assert.Equal(3, total.Population);
    }

    [Fact]
    public async Task A_subtree_holds_only_its_own_units()
    {
        var report = await ReportAsync("/SKM/SKM-A/", "SKM-A");
        Assert.Equal(["SKM-A"], report.Units.Select(u => u.Code));
        Assert.Equal(1, report.Total.Index.Respondents);
        Assert.Equal(100.00m, report.Total.Index.Converted);
    }
}

public sealed class SurveyTalliesTestsSqlite(SqliteApp app) : SurveyTalliesTests<SqliteApp>(app);

public sealed class SurveyTalliesTestsPostgres(PostgresApp app) : SurveyTalliesTests<PostgresApp>(app);
