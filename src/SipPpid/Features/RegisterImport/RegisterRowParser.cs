using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Csv;
using C = SipPpid.Features.Requests.RegisterColumns;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Checks one register row on its own and turns it into a <see cref="RegisterRow"/>: every cell as its column
/// parses it (<see cref="RegisterColumns"/>), then the rules across columns (companions, the order of the dates);
/// each problem is one <see cref="ImportError"/>. Checks against the database and the rest of the file (units,
/// numbers) are done by <see cref="ImportRegister"/>.
/// </summary>
public static class RegisterRowParser
{
    /// <summary>Null when the row has errors (added to <paramref name="errors"/>).</summary>
    public static RegisterRow? Parse(ImportRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Error(string column, string reason) => errors.Add(new ImportError(row.Line, column, reason));

        var values = new object?[C.All.Count];
        var sink = new Sink(row.Line, errors);
        Action<string> cellError = sink.Add;
        foreach (var column in C.All)
        {
            sink.Column = column.Name;
            values[column.Index] = column.Parse(row[column.Name], cellError);
        }

        T? Value<T>(RegisterColumn<T?> column) where T : struct => values[column.Index] as T?;
        bool Has(RegisterColumn column) => row[column.Name] is not null;

        void Order(RegisterColumn column, DateOnly? date, RegisterColumn earlierColumn, DateOnly? earlier)
        {
            if (date is { } d && earlier is { } e && d < e) Error(column.Name, $"{d:yyyy-MM-dd} is before {earlierColumn.Name} {e:yyyy-MM-dd}");
        }

        void With(RegisterColumn column, RegisterColumn companion)
        {
            if (Has(column) && !Has(companion)) Error(companion.Name, $"required with {column.Name}");
        }

        var received = values[C.Received.Index] as DateOnly?;
        var extension = Value(C.Extension);
        var notice = Value(C.Notice);
        var decision = Value(C.Decision);
        With(C.Notice, C.Decision);
        if (Has(C.Decision) && !Has(C.Notice)) Error(C.Decision.Name, "only valid with notice_date");

        var basis = C.ExemptionBasis;
        if (decision == Decision.RejectedExempt && !Has(basis)) Error(basis.Name, "required with decision rejected_exempt");
        if (Has(basis) && decision is { } d1 && d1 != Decision.RejectedExempt) Error(basis.Name, "only valid with decision rejected_exempt");
        if (Has(basis) && !Has(C.Decision)) Error(basis.Name, "only valid with decision rejected_exempt");
        if (decision == Decision.HeldByOtherBody && !Has(C.OtherBody)) Error(C.OtherBody.Name, "required with decision held_by_other_body");

        var withdrawn = Value(C.Withdrawn);
        var objection = Value(C.ObjectionDate);
        With(C.ObjectionDate, C.ObjectionGrounds);
        if (Has(C.ObjectionGrounds) && !Has(C.ObjectionDate)) Error(C.ObjectionGrounds.Name, "only valid with objection_date");

        var objectionDecisionDate = Value(C.ObjectionDecisionDate);
        With(C.ObjectionDecisionDate, C.ObjectionDecision);
        With(C.ObjectionDecision, C.ObjectionDecisionDate);
        if (Has(C.ObjectionDecisionDate) && !Has(C.ObjectionDate)) Error(C.ObjectionDate.Name, "required with objection_decision_date");

        var dispute = Value(C.DisputeDate);
        var outcomeText = row[C.DisputeOutcome.Name];
        var outcome = Value(C.DisputeOutcome);
        With(C.DisputeDate, C.DisputeOutcome);
        if (outcomeText is not null && !Has(C.DisputeDate)) Error(C.DisputeOutcome.Name, "only valid with dispute_date");
        var outcomeDate = Value(C.DisputeOutcomeDate);
        if (outcome is not null && !Has(C.DisputeOutcomeDate)) Error(C.DisputeOutcomeDate.Name, $"required with dispute_outcome {outcomeText}");
        if (outcomeText == "pending" && Has(C.DisputeOutcomeDate)) Error(C.DisputeOutcomeDate.Name, "not valid with dispute_outcome pending");
        if (row[C.CourtCase.Name] == "yes" && !Has(C.DisputeDate)) Error(C.CourtCase.Name, "only valid with dispute_date");

        Order(C.Extension, extension, C.Received, received);
        Order(C.Notice, notice, extension is null ? C.Received : C.Extension, extension ?? received);
        Order(C.Withdrawn, withdrawn, C.Received, received);
        Order(C.ObjectionDate, objection, notice is null ? C.Received : C.Notice, notice ?? received);
        Order(C.ObjectionDecisionDate, objectionDecisionDate, C.ObjectionDate, objection);
        Order(C.DisputeDate, dispute, objectionDecisionDate is null ? C.ObjectionDate : C.ObjectionDecisionDate,
            objectionDecisionDate ?? objection);
        Order(C.DisputeOutcomeDate, outcomeDate, C.DisputeDate, dispute);

        if (errors.Count > before) return null;
        var request = new InformationRequest();
        foreach (var column in C.All) column.Store(request, values[column.Index]);
        if (decision != Decision.HeldByOtherBody) request.OtherBody = null;
        return new RegisterRow
        {
            Line = row.Line,
            UnitCode = (string)values[C.UnitCode.Index]!,
            Request = request,
            ObjectionDate = objection,
            ObjectionGrounds = values[C.ObjectionGrounds.Index] as string,
            ObjectionDecisionDate = objectionDecisionDate,
            ObjectionDecision = Value(C.ObjectionDecision),
            DisputeDate = dispute,
            DisputeOutcome = outcome,
            DisputeOutcomeDate = outcomeDate,
            CourtCase = values[C.CourtCase.Index] is true,
        };
    }

    /// <summary>Where a column's parser reports a problem: one delegate per row rather than one per cell.</summary>
    private sealed class Sink(int line, List<ImportError> errors)
    {
        public string Column { get; set; } = "";

        public void Add(string reason) => errors.Add(new ImportError(line, Column, reason));
    }
}
