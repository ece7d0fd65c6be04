using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Demo;

/// <summary>
/// The demo's data covers last year in full, so the statutory annual report of last year (the one the SOP prints in
/// the first quarter) has every section filled: requests, decisions, objections and disputes.
/// </summary>
public abstract class DemoYearTests(string provider) : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(provider);

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly string[] Decisions = ["granted_full", "granted_partial", "rejected_exempt", "not_held"];

    private AppDbContext Context() => DatabaseSetup.CreateContext(_db.Provider, _db.ConnectionString);

    [Fact]
    public async Task Last_years_report_has_requests_decisions_objections_and_disputes_and_seeding_again_adds_nothing()
    {
        // "Today" is the body's (Asia/Jakarta); the demo's years are relative to it.
        var lastYear = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).Year - 1;
        var seeded = await Support.Cli.RunAsync(_db, "seed-demo", "--Demo:Enabled=true");
        Assert.True(seeded.ExitCode == 0, seeded.Err);
        Assert.Contains($"requests of {lastYear} and {lastYear + 1} added", seeded.Out, StringComparison.Ordinal);

        var report = await Support.Cli.RunAsync(_db, "report", "service", "--from", $"{lastYear}-01-01", "--to", $"{lastYear}-12-31");
        Assert.True(report.ExitCode == 0, report.Err);
        using var json = JsonDocument.Parse(report.Out);
        var total = json.RootElement.GetProperty("total");
        int Figure(string section, string name) => total.GetProperty(section).GetProperty(name).GetInt32();
        // About five requests a working day, as this year: a real province's year, not a token sample.
        Assert.InRange(Figure("requests", "received"), 800, 2000);
        Assert.True(Figure("requests", "decided") > 0.9 * Figure("requests", "received"), report.Out);
        Assert.True(Figure("requests", "extended") > 0, report.Out);
        Assert.True(Figure("requests", "withdrawn") > 0, report.Out);
        Assert.True(Figure("requests", "late") > 0, report.Out);
        foreach (var d in Decisions) Assert.True(total.GetProperty("requests").GetProperty("byDecision").GetProperty(d).GetInt32() > 0, d);
        Assert.True(Figure("objections", "received") > 0, report.Out);
        Assert.True(Figure("objections", "decided") > 0, report.Out);
        Assert.True(Figure("disputes", "received") > 0, report.Out);

        // Last year's register carries last year's numbers and its own counters; this year continues unchanged.
        await using (var db = Context())
        {
            var from = new DateOnly(lastYear, 1, 1);
            var to = new DateOnly(lastYear, 12, 31);
            Assert.True(await db.Requests.Where(r => r.ReceivedDate >= from && r.ReceivedDate <= to)
                .AllAsync(r => r.RegistrationNumber.EndsWith("/" + lastYear.ToString(CultureInfo.InvariantCulture))));
            Assert.True(await db.NumberSequences.AnyAsync(s => s.Year == lastYear));
            Assert.True(await db.Requests.AnyAsync(r => r.ReceivedDate > to));
        }

        await TheDemoHasADikPerUnitCitedByItsRefusalsAsync();
        await TheDemoHasAYearOfSurveyResponsesAsync();

        var before = await CountsAsync();
        var again = await Support.Cli.RunAsync(_db, "seed-demo", "--Demo:Enabled=true");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"; 0 requests of {lastYear}", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>Every unit has its DIK (3 to 8 entries, each with its decree in force); some end soon, one has ended; refusals cite an entry of their basis.</summary>
    private async Task TheDemoHasADikPerUnitCitedByItsRefusalsAsync()
    {
        await using var db = Context();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var perUnit = await db.DikEntries.GroupBy(e => e.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var units = await db.Units.Where(u => u.IsActive).Select(u => u.Id).ToListAsync();
        Assert.All(units, u => Assert.InRange(perUnit.GetValueOrDefault(u), 3, 8));
        Assert.Equal(await db.DikEntries.CountAsync(), await db.DikDecrees.CountAsync(d => d.SupersededById == null));
        Assert.True(await db.DikEntries.CountAsync(e => e.PeriodEnd >= today && e.PeriodEnd <= today.AddDays(30)) >= 2);
        Assert.Equal(1, await db.DikEntries.CountAsync(e => e.PeriodEnd < today));
        Assert.True(await db.DikEntries.AnyAsync(e => e.WorksheetPublic));
        var cited = await db.Requests.Where(r => r.Decision == SipPpid.Domain.Decision.RejectedExempt && r.DikEntryId != null)
            .Select(r => new { r.UnitId, r.ExemptionBasis, r.DikDecreeId, Entry = db.DikEntries.First(e => e.Id == r.DikEntryId) }).ToListAsync();
        Assert.NotEmpty(cited);
        Assert.All(cited, c => Assert.Equal((c.UnitId, c.ExemptionBasis), (c.Entry.UnitId, c.Entry.Basis)));
        Assert.All(cited, c => Assert.NotNull(c.DikDecreeId));
    }

    /// <summary>
    /// A year of survey responses up to today: most decided requests rated once, a few days after their notice and in
    /// their unit; kiosk responses and one imported paper survey; answers mostly 3 and 4, cost nearly always "gratis",
    /// profiles mostly filled, some suggestions; most units in grade A or B, some in C; one unit's sample adequate,
    /// another's not; every unit with decided requests has responses.
    /// </summary>
    private async Task TheDemoHasAYearOfSurveyResponsesAsync()
    {
        await using var db = Context();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var from = today.AddYears(-1).AddDays(1);
        var responses = await db.SurveyResponses.AsNoTracking().ToListAsync();
        Assert.InRange(responses.Count, 800, 4000);
        Assert.All(responses, r => Assert.InRange(r.Date, from, today));
        var bySource = responses.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(bySource[SurveySource.Kiosk].Count >= 100, "kiosk responses");
        Assert.All(bySource[SurveySource.Kiosk], r => Assert.Null(r.RequestId));
        Assert.InRange(bySource[SurveySource.Import].Count, 10, 100);
        var import = await db.SurveyImports.SingleAsync();
        Assert.All(bySource[SurveySource.Import], r => Assert.Equal(import.Id, r.ImportId));
        Assert.Equal(bySource[SurveySource.Import].Count, import.Rows);

        var tied = bySource[SurveySource.Request];
        Assert.All(tied, r => Assert.NotNull(r.RequestId));
        Assert.Equal(tied.Count, tied.Select(r => r.RequestId).Distinct().Count());
        var decided = await db.Requests.AsNoTracking().Where(ReportRules.DecidedIn(from, today))
            .Select(r => new { r.Id, r.UnitId, Notice = r.NoticeDate!.Value }).ToDictionaryAsync(r => r.Id);
        Assert.All(tied, r =>
        {
            var request = decided[r.RequestId!.Value];
            Assert.Equal(request.UnitId, r.UnitId);
            Assert.InRange(r.Date, request.Notice, request.Notice.AddDays(4));
        });
        Assert.True(tied.Count > 0.6 * decided.Count, $"{tied.Count} of {decided.Count} decided requests rated");
        var unitsWithResponses = responses.Select(r => r.UnitId).ToHashSet();
        Assert.All(decided.Values.Select(r => r.UnitId).Distinct(), u => Assert.Contains(u, unitsWithResponses));

        var answers = responses.SelectMany(r => r.Answers.Where((_, i) => i != 3)).OfType<int>().ToList();
        Assert.True(answers.Count(a => a >= 3) > 0.75 * answers.Count, "mostly 3 and 4");
        Assert.True(answers.Count(a => a == 1) < 0.05 * answers.Count, "rarely 1");
        Assert.True(answers.Any(a => a == 1) && answers.Any(a => a == 2));
        Assert.True(responses.Count(r => r.U4 == 4) > 0.8 * responses.Count, "cost: mostly gratis");
        Assert.True(responses.Count(r => r.Gender is not null && r.Education is not null) > 0.7 * responses.Count, "profiles mostly filled");
        Assert.InRange(responses.Count(r => r.Comment is not null), responses.Count / 10, responses.Count / 2);

        var report = await SipPpid.Features.Survey.SurveyTallies.CountAsync(db, "/", null, from, today, CancellationToken.None);
        var grades = report.Units.Where(u => u.Index.Grade is not null).GroupBy(u => u.Index.Grade!).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(grades.GetValueOrDefault("C") >= 1, string.Join(", ", grades));
        Assert.True(grades.GetValueOrDefault("A") >= 1, string.Join(", ", grades));
        Assert.True(grades.GetValueOrDefault("A") + grades.GetValueOrDefault("B") > 3 * grades.GetValueOrDefault("C"), string.Join(", ", grades));
        Assert.False(grades.ContainsKey("D"));
        Assert.Contains(report.Units, u => u.SampleAdequate);
        Assert.Contains(report.Units, u => u.Index.Respondents > 0 && !u.SampleAdequate);
    }

    private async Task<(int, int, int, int, int)> CountsAsync()
    {
        await using var db = Context();
        return (await db.Requests.CountAsync(), await db.Objections.CountAsync(), await db.Disputes.CountAsync(), await db.RequestEvents.CountAsync(),
            await db.SurveyResponses.CountAsync());
    }
}

public sealed class DemoYearTestsSqlite() : DemoYearTests("sqlite");

public sealed class DemoYearTestsPostgres() : DemoYearTests("postgres");
