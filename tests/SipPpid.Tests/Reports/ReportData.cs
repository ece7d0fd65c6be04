using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Tests.Reports;

/// <summary>Hand-built report data: a small tree and requests whose expected figures are worked out in the tests.</summary>
public sealed class ReportData(AppDbContext db, WorkingCalendar calendar)
{
    private int _n;

    public static async Task<T> WithAsync<T>(Support.AppFactory app, Func<ReportData, Task<T>> build)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        var result = await build(new ReportData(db, calendar));
        await db.SaveChangesAsync();
        return result;
    }

    public Unit Unit(string code, Unit? parent)
    {
        var u = new Unit { Code = code, Name = "Unit " + code, Kind = parent is null ? UnitKind.Utama : UnitKind.Pembantu, Parent = parent, Path = Domain.Unit.PathFor(parent?.Path, code) };
        db.Units.Add(u);
        return u;
    }

    public InformationRequest Request(Unit unit, string received, Channel channel = Channel.Web, string? notice = null, Decision? decision = null,
        string? basis = null, string? extension = null, string? withdrawn = null)
    {
        var r = new InformationRequest
        {
            Unit = unit,
            ReceivedDate = D(received),
            ReceivedAtUtc = DateTime.UtcNow,
            Channel = channel,
            RegistrationNumber = $"T-{unit.Code}-{++_n}",
            TrackingCode = $"CODE{_n:000000}",
            ApplicantType = ApplicantType.Individual,
            ApplicantName = "Pemohon " + _n,
            InformationRequested = "Data",
            ObtainMethod = ObtainMethod.View,
            ExtensionDate = extension is null ? null : D(extension),
            NoticeDate = notice is null ? null : D(notice),
            Decision = decision,
            ExemptionBasis = basis,
            WithdrawnDate = withdrawn is null ? null : D(withdrawn),
            Status = notice is not null ? RequestStatus.Decided : withdrawn is not null ? RequestStatus.Withdrawn : RequestStatus.InProcess,
        };
        r.RegisteredUnitId = unit.Id; // units are saved first
        calendar.Apply(r);
        db.Requests.Add(r);
        return r;
    }

    public Task SaveAsync() => db.SaveChangesAsync();

    public Objection Objection(InformationRequest r, string received, string grounds, string? decided = null, ObjectionDecision? decision = null)
    {
        var o = new Objection
        {
            Request = r,
            ObjectionNumber = $"KEB-{++_n}",
            TrackingCode = $"OBJ{_n:0000000}",
            ReceivedDate = D(received),
            ReceivedAtUtc = DateTime.UtcNow,
            Channel = Channel.InPerson,
            Grounds = grounds,
            CaseDescription = "Kasus",
            Deadline = calendar.AddWorkingDays(D(received), ServiceDeadlines.ObjectionAnswerDays),
            Status = decided is null ? ObjectionStatus.Registered : ObjectionStatus.Decided,
            DecisionDate = decided is null ? null : D(decided),
            Decision = decision,
        };
        db.Objections.Add(o);
        return o;
    }

    public Dispute Dispute(InformationRequest r, string registered, DisputeOutcome? outcome = null, string? outcomeDate = null, bool court = false)
    {
        var d = new Dispute
        {
            Request = r,
            CommissionNumber = $"KI-{++_n}",
            RegisteredDate = D(registered),
            Outcome = outcome,
            OutcomeDate = outcomeDate is null ? null : D(outcomeDate),
            CourtCase = court,
            Stage = DisputeStage.Mediation,
        };
        db.Disputes.Add(d);
        return d;
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
