using System.Security.Cryptography;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Calendar;
using SipPpid.Features.Requests;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Turns a checked register row into what the app itself would have recorded for that history: the request
/// with its calendar columns, the same events (dated on the legal dates), the objection and the dispute.
/// </summary>
public static class RegisterRecords
{
    public static readonly Actor Importer = new(null, "Impor register");

    /// <summary>Adds the request and its history to the unit of work.</summary>
    public static InformationRequest Add(AppDbContext db, WorkingCalendar calendar, RegisterRow row, int unitId, DateTime receivedAtUtc, string objectionNumber)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(row);
        var r = new InformationRequest
        {
            UnitId = unitId,
            RegisteredUnitId = unitId,
            RegistrationNumber = row.RegistrationNumber,
            TrackingCode = NewTrackingCode(),
            ReceivedDate = row.ReceivedDate,
            ReceivedAtUtc = receivedAtUtc,
            Channel = row.Channel,
            ApplicantType = row.ApplicantType,
            ApplicantName = row.ApplicantName,
            ApplicantNik = row.ApplicantNik,
            ApplicantEmail = row.ApplicantEmail,
            ApplicantPhone = row.ApplicantPhone,
            ApplicantAddress = row.ApplicantAddress,
            ApplicantOccupation = row.ApplicantOccupation,
            InformationRequested = row.InformationRequested,
            Purpose = row.Purpose,
            ObtainMethod = row.ObtainMethod,
            CopyFormat = row.CopyFormat,
            DeliveryMethod = row.DeliveryMethod,
            ExtensionDate = row.ExtensionDate,
            NoticeDate = row.NoticeDate,
            Decision = row.Decision,
            ExemptionBasis = row.ExemptionBasis,
            OtherBody = row.OtherBody,
            Fee = row.Fee,
            WithdrawnDate = row.WithdrawnDate,
            Status = row.WithdrawnDate is not null ? RequestStatus.Withdrawn
                : row.NoticeDate is not null ? RequestStatus.Decided
                : RequestStatus.InProcess,
        };
        calendar.Apply(r);
        db.Requests.Add(r);

        db.Record(r, RequestEventKind.Received, r.ReceivedDate, Importer, toUnitId: unitId);
        if (r.ExtensionDate is { } extension)
            db.Record(r, RequestEventKind.Extended, extension, Importer, null, new { before = r.FirstDeadline, after = r.Deadline });
        if (r.NoticeDate is { } notice)
            db.Record(r, RequestEventKind.Decided, notice, Importer, null,
                new { decision = RequestCodes.Code(r.Decision!.Value), r.ExemptionBasis, r.OtherBody });
        if (r.WithdrawnDate is { } withdrawn) db.Record(r, RequestEventKind.Withdrawn, withdrawn, Importer);

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
            db.Objections.Add(objection);
            db.Record(r, RequestEventKind.ObjectionFiled, filed, Importer, null, new { objectionNumber, grounds = objection.Grounds });
            if (row.ObjectionDecisionDate is { } answered)
                db.Record(r, RequestEventKind.ObjectionDecided, answered, Importer, null, new { objectionNumber, decision = Code(row.ObjectionDecision!.Value) });
        }

        if (row.DisputeDate is { } registered)
        {
            db.Disputes.Add(new Dispute
            {
                Request = r,
                Objection = objection,
                RegisteredDate = registered,
                Stage = row.DisputeOutcome is null ? DisputeStage.Mediation : DisputeStage.Closed,
                Outcome = row.DisputeOutcome,
                OutcomeDate = row.DisputeOutcome is null ? null : row.DisputeOutcomeDate,
                CourtCase = row.CourtCase,
            });
            db.Record(r, RequestEventKind.DisputeRegistered, registered, Importer);
            if (row.DisputeOutcome is { } outcome && row.DisputeOutcomeDate is { } decided)
                db.Record(r, RequestEventKind.DisputeUpdated, decided, Importer, null, new { outcome = Code(outcome), courtCase = row.CourtCase });
        }

        return r;
    }

    private static string Code(ObjectionDecision d) => RegisterRowParser.ObjectionDecisions.First(kv => kv.Value == d).Key;

    private static string Code(DisputeOutcome o) => RegisterRowParser.DisputeOutcomes.First(kv => kv.Value == o).Key;

    /// <summary>Ten characters from the tracking-code alphabet, drawn in one call to the random source.</summary>
    private static string NewTrackingCode() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
}
