using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Infrastructure.Telemetry;
using SipPpid.Tests.Support;
using static SipPpid.Tests.RegisterImport.RegisterFiles;

namespace SipPpid.Tests.RegisterImport;

/// <summary>`import register` run in-process against a fresh database of each provider.</summary>
public abstract class RegisterImportCommandTests(string provider) : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(provider);

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    private AppDbContext Context()
    {
        if (_db.Provider == "postgres")
            return new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(_db.ConnectionString).Options);
        return new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_db.ConnectionString).Options);
    }

    private async Task<Support.Cli.Result> ImportAsync(string path, params string[] more) =>
        await Support.Cli.RunAsync(_db, ["import", "register", path, .. more]);

    private async Task UnitsAsync() =>
        Assert.Equal(0, (await Support.Cli.RunAsync(_db, "import", "units", Support.Cli.TempFile(UnitsCsv))).ExitCode);

    private async Task<(int Requests, int Events, int Objections, int Disputes)> CountsAsync()
    {
        await using var db = Context();
        return (await db.Requests.CountAsync(), await db.RequestEvents.CountAsync(), await db.Objections.CountAsync(), await db.Disputes.CountAsync());
    }

    [Fact]
    public async Task A_good_file_imports_requests_with_their_history_objection_and_dispute()
    {
        await UnitsAsync();
        var result = await ImportAsync(Support.Cli.TempFile(GoodCsv));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Register imported: 6 added, 0 skipped (already present).", result.Out.Trim());

        // events: 6 received, 1 extended, 4 decided, 1 withdrawn, 2 objections filed, 1 answered, 2 disputes, 1 outcome
        Assert.Equal((6, 18, 2, 2), await CountsAsync());
        await using var db = Context();
        var r3 = await db.Requests.AsNoTracking().Include(r => r.Unit).SingleAsync(r => r.RegistrationNumber == "003/DINKES/I/2026");
        Assert.Equal("DINKES", r3.Unit!.Code);
        Assert.Equal(r3.UnitId, r3.RegisteredUnitId);
        Assert.Equal(RequestStatus.Decided, r3.Status);
        Assert.Equal(Decision.RejectedExempt, r3.Decision);
        Assert.Equal("17b", r3.ExemptionBasis);
        Assert.Equal("Sari, S.H.", r3.ApplicantName);
        Assert.Equal(new DateOnly(2026, 1, 20), r3.Deadline);
        Assert.Equal(12, r3.NoticeOrdinal - r3.ReceivedOrdinal);
        Assert.Matches("^[A-Z2-9]{10}$", r3.TrackingCode);
        var kinds = await db.RequestEvents.Where(e => e.RequestId == r3.Id).OrderBy(e => e.Id).Select(e => new { e.Kind, e.Date, e.ActorName }).ToListAsync();
        Assert.Equal([RequestEventKind.Received, RequestEventKind.Decided, RequestEventKind.ObjectionFiled, RequestEventKind.ObjectionDecided,
            RequestEventKind.DisputeRegistered, RequestEventKind.DisputeUpdated], kinds.Select(k => k.Kind));
        Assert.All(kinds, k => Assert.Equal("Impor register", k.ActorName));
        Assert.Equal(new DateOnly(2026, 1, 27), kinds[3].Date);

        var objection = await db.Objections.AsNoTracking().SingleAsync(o => o.RequestId == r3.Id);
        Assert.Equal("IMP/DINKES/003/DINKES/I/2026", objection.ObjectionNumber);
        Assert.Equal("a;b", objection.Grounds);
        Assert.Equal(ObjectionStatus.Decided, objection.Status);
        Assert.Equal(ObjectionDecision.Rejected, objection.Decision);
        Assert.Equal(new DateOnly(2026, 3, 10), objection.Deadline); // 30 working days after 23 January (16–17 February are holidays)
        var dispute = await db.Disputes.AsNoTracking().SingleAsync(d => d.RequestId == r3.Id);
        Assert.Equal((DisputeStage.Closed, DisputeOutcome.MediationSuccess, true, objection.Id), (dispute.Stage, dispute.Outcome, dispute.CourtCase, dispute.ObjectionId!.Value));

        var pending = await db.Disputes.AsNoTracking().SingleAsync(d => d.Request!.RegistrationNumber == "002/SETDA/I/2026");
        Assert.Equal((DisputeStage.Mediation, (DisputeOutcome?)null, false), (pending.Stage, pending.Outcome, pending.CourtCase));
        var statuses = await db.Requests.AsNoTracking().ToDictionaryAsync(r => r.RegistrationNumber, r => r.Status);
        Assert.Equal(RequestStatus.Withdrawn, statuses["004/DINKES/I/2026"]);
        Assert.Equal(RequestStatus.InProcess, statuses["001/SETDA/I/2026"]);
        Assert.Equal(15000m, await db.Requests.Where(r => r.RegistrationNumber == "002/DINKES/I/2026").Select(r => r.Fee).SingleAsync());
    }

    [Fact]
    public async Task A_bad_file_imports_nothing_and_lists_every_problem()
    {
        await UnitsAsync();
        string[][] rows =
        [
            Good[0],
            [.. Good[1].Take(3), "fax", .. Good[1].Skip(4)],                                          // line 3: bad channel code
            [.. Good[2].Take(11), "2026-01-04", .. Good[2].Skip(12)],                                  // line 4: notice before receipt
            [.. Good[3].Take(16), "2026-01-08", "", .. Good[3].Skip(18)],                              // line 5: objection without grounds
            ["NOPE", .. Good[4].Skip(1)],                                                              // line 6: unknown unit
            [.. Good[5].Take(6), "12345", .. Good[5].Skip(7)],                                         // line 7: NIK
            [.. Good[0].Take(11), "2026-01-09", "", .. Good[0].Skip(13)],                              // line 8: notice without decision
            Good[0],                                                                                   // line 9: number repeated
        ];
        var result = await ImportAsync(Support.Cli.TempFile(Csv(Header, rows)));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("nothing changed", result.Err);
        Assert.Contains("line 3: channel: 'fax' is not one of: web, in_person, letter, email, phone, whatsapp, other", result.Err);
        Assert.Contains("line 4: notice_date: 2026-01-04 is before received_date 2026-01-05", result.Err);
        Assert.Contains("line 5: objection_grounds: required with objection_date", result.Err);
        Assert.Contains("line 6: unit_code: unit 'NOPE' does not exist", result.Err);
        Assert.Contains("line 7: applicant_nik: must be 16 digits", result.Err);
        Assert.Contains("line 8: decision: required with notice_date", result.Err);
        Assert.Contains("line 9: registration_number: 001/DINKES/I/2026 of DINKES already appears on line 2", result.Err);
        Assert.DoesNotContain("line 2:", result.Err);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());

        var columns = await ImportAsync(Support.Cli.TempFile(Csv([.. Header.Where(h => h != "channel"), "colour"], [])));
        Assert.Equal(1, columns.ExitCode);
        Assert.Contains("line 1: colour: unknown column", columns.Err);
        Assert.Contains("line 1: channel: required column is missing", columns.Err);

        var companions = await ImportAsync(Support.Cli.TempFile(Csv(Header,
        [
            [.. Good[0].Take(12), "granted_full", "17a", .. Good[0].Skip(14)],                          // basis only with rejected_exempt
            [.. Good[2].Take(18), "2026-01-27", "", .. Good[2].Skip(20)],                               // decision date without decision
            [.. Good[5].Take(21), "withdrawn", "", .. Good[5].Skip(23)],                                // outcome without its date
            [.. Good[2].Take(20), "2026-01-26", .. Good[2].Skip(21)],                                   // dispute before the objection's answer
        ])));
        Assert.Equal(1, companions.ExitCode);
        Assert.Contains("line 2: exemption_basis: only valid with decision rejected_exempt", companions.Err);
        Assert.Contains("line 3: objection_decision: required with objection_decision_date", companions.Err);
        Assert.Contains("line 4: dispute_outcome_date: required with dispute_outcome withdrawn", companions.Err);
        Assert.Contains("line 5: dispute_date: 2026-01-26 is before objection_decision_date 2026-01-27", companions.Err);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Skip_invalid_imports_the_good_rows_and_writes_the_bad_ones_with_reasons()
    {
        await UnitsAsync();
        var rejects = Path.Combine(Path.GetTempPath(), $"sipppid-rejects-{Guid.NewGuid():N}.csv");
        string[][] rows = [Good[0], [.. Good[1].Take(3), "fax", .. Good[1].Skip(4)], Good[2], ["NOPE", .. Good[4].Skip(1)]];
        var result = await ImportAsync(Support.Cli.TempFile(Csv(Header, rows)), "--skip-invalid", rejects);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Register imported: 2 added, 0 skipped (already present).", result.Out);
        Assert.Contains($"2 rejected, written to {rejects}", result.Out);
        var lines = await File.ReadAllLinesAsync(rejects);
        Assert.Equal(string.Join(",", Header) + ",reason", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("DINKES,002/DINKES/I/2026,2026-01-05,fax,", lines[1]);
        Assert.EndsWith(",\"line 3: channel: 'fax' is not one of: web, in_person, letter, email, phone, whatsapp, other\"", lines[1]);
        Assert.StartsWith("NOPE,001/SETDA/I/2026,", lines[2]);
        Assert.EndsWith("line 5: unit_code: unit 'NOPE' does not exist", lines[2]);
        Assert.Equal(2, (await CountsAsync()).Requests);
    }

    [Fact]
    public async Task A_reimport_changes_nothing()
    {
        await UnitsAsync();
        var file = Support.Cli.TempFile(GoodCsv);
        Assert.Equal(0, (await ImportAsync(file)).ExitCode);
        var before = await CountsAsync();
        var again = await ImportAsync(file);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Register imported: 0 added, 6 skipped (already present).", again.Out.Trim());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_xlsx_file_gives_the_same_result_as_the_csv()
    {
        await UnitsAsync();
        var path = Path.Combine(Path.GetTempPath(), $"sipppid-{Guid.NewGuid():N}.xlsx");
        await MiniExcel.SaveAsAsync(path, Sheet(Header, Good));
        var result = await ImportAsync(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Register imported: 6 added, 0 skipped (already present).", result.Out.Trim());
        Assert.Equal((6, 18, 2, 2), await CountsAsync());
        var csvAgain = await ImportAsync(Support.Cli.TempFile(GoodCsv));
        Assert.Contains("0 added, 6 skipped", csvAgain.Out);
        await using var db = Context();
        Assert.Equal(new DateOnly(2026, 1, 5), await db.Requests.Where(r => r.RegistrationNumber == "001/DINKES/I/2026").Select(r => r.ReceivedDate).SingleAsync());
        Assert.Equal("6171012304800001", await db.Requests.Where(r => r.RegistrationNumber == "001/DINKES/I/2026").Select(r => r.ApplicantNik).SingleAsync());
    }

    [Fact]
    public async Task A_missing_file_fails_with_a_reason()
    {
        var missing = await ImportAsync("/tmp/tidak-ada.csv");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("file not found", missing.Err);
    }

    [Fact]
    public async Task Imported_history_gives_the_report_figures_worked_out_by_hand()
    {
        await UnitsAsync();
        Assert.Equal(0, (await ImportAsync(Support.Cli.TempFile(GoodCsv))).ExitCode);
        await using var db = Context();
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new PpidMetrics(services.GetRequiredService<IMeterFactory>(), services.GetRequiredService<IServiceScopeFactory>());
        var clock = new SipPpid.Infrastructure.Time.BodyClock(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new SipPpid.Infrastructure.Time.PpidOptions()));
        var report = (await new ServiceReport(db, metrics, clock).RunAsync(new ServiceReport.Query(new(2026, 1, 1), new(2026, 1, 31), null), CancellationToken.None))!;
        var r = report.Total.Requests;
        Assert.Equal(6, r.Received);
        Assert.Equal([2, 1, 1, 1, 1, 0, 0], r.ByChannel.Values); // web, in_person, letter, email, phone, whatsapp, other
        Assert.Equal((1, 4, 1), (r.Withdrawn, r.Decided, r.Pending));
        Assert.Equal([1, 1, 1, 1, 0, 0], r.ByDecision.Values);
        Assert.Equal(1, r.Exemptions["17b"]);
        Assert.Equal((1, 3, 1, 1), (r.Extended, r.OnTime, r.Late, r.Overdue));
        Assert.Equal(new ProcessingDays(8m, 8m, 0, 16), r.ProcessingDays); // 0, 4, 12, 16
        Assert.Equal([1, 1, 0, 2, 0], r.ProcessingDaysDistribution.Values);

        var o = report.Total.Objections;
        Assert.Equal((2, 1, 1, 1, 0), (o.Received, o.Decided, o.Pending, o.OnTime, o.Late));
        Assert.Equal([1, 1, 1, 0, 0, 0, 0], o.ByGround.Values);
        Assert.Equal(1, o.ByDecision["rejected"]);
        var d = report.Total.Disputes;
        Assert.Equal((2, 1, 1, 1), (d.Received, d.ByOutcome["mediation_success"], d.ByOutcome["pending"], d.CourtCases));
        Assert.Equal(4, report.Units.Single(u => u.Code == "DINKES").Requests.Received);
    }
}

public sealed class RegisterImportCommandTestsSqlite() : RegisterImportCommandTests("sqlite");

public sealed class RegisterImportCommandTestsPostgres() : RegisterImportCommandTests("postgres");
