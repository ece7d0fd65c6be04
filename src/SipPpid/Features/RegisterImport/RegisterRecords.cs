using System.Security.Cryptography;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Turns a checked register row into what the app itself would have recorded for that history: the request
/// with its calendar columns, the same events (dated on the legal dates), the objection and the dispute.
/// </summary>
/// <summary>One imported row: the request, its events in order, and the objection and dispute if any.</summary>
public sealed record RegisterRecord(InformationRequest Request, IReadOnlyList<RequestEvent> Events, Objection? Objection, Dispute? Dispute);

public static class RegisterRecords
{
    public static readonly Actor Importer = new(null, "Impor register");

    /// <summary>The request (the row's own, completed) and its history, built in memory for <see cref="RegisterBulkWriter"/>; foreign keys are filled in there.</summary>
    public static RegisterRecord Build(WorkingCalendar calendar, RegisterRow row, int unitId, DateTime receivedAtUtc, string objectionNumber)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(row);
        // The row's register columns are set already (RegisterColumns); what the app itself would add is added here.
        var r = row.Request;
        r.UnitId = unitId;
        r.RegisteredUnitId = unitId;
        r.TrackingCode = NewTrackingCode();
        r.ReceivedAtUtc = receivedAtUtc;
        r.Status = r.WithdrawnDate is not null ? RequestStatus.Withdrawn
            : r.NoticeDate is not null ? RequestStatus.Decided
            : RequestStatus.InProcess;
        calendar.Apply(r);
        var events = new List<RequestEvent>(3);
        void Record(RequestEventKind kind, DateOnly date, object? data = null, int? toUnitId = null) =>
            events.Add(RequestHistory.NewEvent(r, kind, date, Importer, null, data, toUnitId: toUnitId));

        Record(RequestEventKind.Received, r.ReceivedDate, toUnitId: unitId);
        if (r.ExtensionDate is { } extension)
            Record(RequestEventKind.Extended, extension, new { before = r.FirstDeadline, after = r.Deadline });
        if (r.NoticeDate is { } notice)
            Record(RequestEventKind.Decided, notice,
                new { decision = RequestCodes.Code(r.Decision!.Value), r.ExemptionBasis, r.OtherBody });
        if (r.WithdrawnDate is { } withdrawn) Record(RequestEventKind.Withdrawn, withdrawn);

        Objection? objection = null;
        if (row.ObjectionDate is { } filed)
        {
            objection = new Objection
            {
                Request = r,
                ObjectionNumber = objectionNumber,
                TrackingCode = NewTrackingCode(),
                ReceivedDate = filed,
                ReceivedAtUtc = receivedAtUtc.Add(filed.ToDateTime(TimeOnly.MinValue) - row.ReceivedDate.ToDateTime(TimeOnly.MinValue)),
                Channel = r.Channel,
                Grounds = row.ObjectionGrounds!,
                Status = row.ObjectionDecisionDate is null ? ObjectionStatus.Registered : ObjectionStatus.Decided,
                Deadline = calendar.AddWorkingDays(filed, ServiceDeadlines.ObjectionAnswerDays),
                Decision = row.ObjectionDecision,
                DecisionDate = row.ObjectionDecisionDate,
            };
            Record(RequestEventKind.ObjectionFiled, filed, new { objectionNumber, grounds = objection.Grounds });
            if (row.ObjectionDecisionDate is { } answered)
                Record(RequestEventKind.ObjectionDecided, answered, new { objectionNumber, decision = Code(row.ObjectionDecision!.Value) });
        }

        Dispute? dispute = null;
        if (row.DisputeDate is { } registered)
        {
            dispute = new Dispute
            {
                Request = r,
                Objection = objection,
                RegisteredDate = registered,
                Stage = row.DisputeOutcome is null ? DisputeStage.Mediation : DisputeStage.Closed,
                Outcome = row.DisputeOutcome,
                OutcomeDate = row.DisputeOutcome is null ? null : row.DisputeOutcomeDate,
                CourtCase = row.CourtCase,
            };
            Record(RequestEventKind.DisputeRegistered, registered);
            if (row.DisputeOutcome is { } outcome && row.DisputeOutcomeDate is { } decided)
                Record(RequestEventKind.DisputeUpdated, decided, new { outcome = Code(outcome), courtCase = row.CourtCase });
        }

        return new RegisterRecord(r, events, objection, dispute);
    }

    private static string Code(ObjectionDecision d) => RegisterColumns.ObjectionDecisions.First(kv => kv.Value == d).Key;

    private static string Code(DisputeOutcome o) => RegisterColumns.DisputeOutcomes.First(kv => kv.Value == o).Key;

    /// <summary>Ten characters from the tracking-code alphabet, drawn in one call to the random source.</summary>
    private static string NewTrackingCode() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
}
