using System.Globalization;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Checks one register row on its own (every field, the companion columns and the order of the dates) and
/// turns it into a <see cref="RegisterRow"/>; each problem is one <see cref="ImportError"/>. Checks against the
/// database and the rest of the file (units, numbers) are done by <see cref="ImportRegister"/>.
/// </summary>
public static class RegisterRowParser
{
    public static readonly IReadOnlyDictionary<string, ObjectionDecision> ObjectionDecisions = new Dictionary<string, ObjectionDecision>
    {
        ["accepted"] = ObjectionDecision.Accepted,
        ["rejected"] = ObjectionDecision.Rejected,
        ["settled"] = ObjectionDecision.Settled,
        ["withdrawn"] = ObjectionDecision.Withdrawn,
    };

    /// <summary>The dispute outcomes; `pending` maps to null.</summary>
    public static readonly IReadOnlyDictionary<string, DisputeOutcome?> DisputeOutcomes = new Dictionary<string, DisputeOutcome?>
    {
        ["mediation_success"] = DisputeOutcome.MediationSuccess,
        ["adjudication_for_applicant"] = DisputeOutcome.AdjudicationForApplicant,
        ["adjudication_for_public_body"] = DisputeOutcome.AdjudicationForPublicBody,
        ["withdrawn"] = DisputeOutcome.Withdrawn,
        ["pending"] = null,
    };

    /// <summary>Null when the row has errors (added to <paramref name="errors"/>).</summary>
    public static RegisterRow? Parse(ImportRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Error(string column, string reason) => errors.Add(new ImportError(row.Line, column, reason));

        // The one text rule (TextRules), against the column the cell is stored in.
        string? Text<TEntity>(string column, string property, bool required = false)
        {
            var v = row[column];
            if (v is null && required) Error(column, "required");
            else if (TextRules.Check<TEntity>(v, property) is { } problem) Error(column, problem.ImportReason);
            return v;
        }

        T? Code<T>(string column, IReadOnlyDictionary<string, T> codes, bool required = false) where T : struct
        {
            var v = row[column];
            if (v is null)
            {
                if (required) Error(column, "required");
                return null;
            }

            if (codes.TryGetValue(v, out var value)) return value;
            Error(column, $"'{v}' is not one of: {string.Join(", ", codes.Keys)}");
            return null;
        }

        DateOnly? Date(string column, bool required = false)
        {
            var v = row[column];
            if (v is null)
            {
                if (required) Error(column, "required");
                return null;
            }

            if (!CsvTable.TryParseDate(v, out var d)) Error(column, $"'{v}' is not a date (YYYY-MM-DD)");
            else if (d < WorkingCalendar.MinDate || d > WorkingCalendar.MaxDate)
                Error(column, $"must be between {WorkingCalendar.MinDate:yyyy} and {WorkingCalendar.MaxDate:yyyy}");
            else return d;
            return null;
        }

        void Order(string column, DateOnly? date, string earlierColumn, DateOnly? earlier)
        {
            if (date is { } d && earlier is { } e && d < e) Error(column, $"{d:yyyy-MM-dd} is before {earlierColumn} {e:yyyy-MM-dd}");
        }

        void With(string column, bool present, string companion, bool companionPresent)
        {
            if (present && !companionPresent) Error(companion, $"required with {column}");
        }

        var unit = Text<Unit>("unit_code", nameof(Unit.Code), required: true);
        var number = Text<InformationRequest>("registration_number", nameof(InformationRequest.RegistrationNumber), required: true);
        var received = Date("received_date", required: true);
        var channel = Code("channel", RequestCodes.Channels, required: true);
        var applicantType = Code("applicant_type", RequestCodes.ApplicantTypes, required: true);
        var name = Text<InformationRequest>("applicant_name", nameof(InformationRequest.ApplicantName), required: true);
        var nik = row["applicant_nik"];
        if (nik is not null && (nik.Length != 16 || !nik.All(char.IsAsciiDigit))) Error("applicant_nik", "must be 16 digits");
        var email = Text<InformationRequest>("applicant_email", nameof(InformationRequest.ApplicantEmail));
        if (email is not null && !MailAddresses.IsValid(email)) Error("applicant_email", "is not an e-mail address the mailer can use");
        var phone = Text<InformationRequest>("applicant_phone", nameof(InformationRequest.ApplicantPhone));
        var address = Text<InformationRequest>("applicant_address", nameof(InformationRequest.ApplicantAddress));
        var occupation = Text<InformationRequest>("applicant_occupation", nameof(InformationRequest.ApplicantOccupation));
        var information = Text<InformationRequest>("information_requested", nameof(InformationRequest.InformationRequested), required: true);
        var purpose = Text<InformationRequest>("purpose", nameof(InformationRequest.Purpose));
        var obtain = Code("obtain_method", RequestCodes.ObtainMethods, required: true);
        var copyFormat = Code("copy_format", RequestCodes.CopyFormats);
        var delivery = Code("delivery_method", RequestCodes.DeliveryMethods);

        var extension = Date("extension_date");
        var notice = Date("notice_date");
        var decision = Code("decision", RequestCodes.Decisions);
        With("notice_date", row["notice_date"] is not null, "decision", row["decision"] is not null);
        if (row["decision"] is not null && row["notice_date"] is null) Error("decision", "only valid with notice_date");

        var basis = row["exemption_basis"];
        if (basis is not null && !RequestCodes.ExemptionBases.Contains(basis))
            Error("exemption_basis", $"'{basis}' is not one of: {string.Join(", ", RequestCodes.ExemptionBases)}");
        if (decision == Domain.Decision.RejectedExempt && basis is null) Error("exemption_basis", "required with decision rejected_exempt");
        if (basis is not null && decision is { } d1 && d1 != Domain.Decision.RejectedExempt) Error("exemption_basis", "only valid with decision rejected_exempt");
        if (basis is not null && row["decision"] is null) Error("exemption_basis", "only valid with decision rejected_exempt");

        var otherBody = Text<InformationRequest>("other_body", nameof(InformationRequest.OtherBody));
        if (decision == Domain.Decision.HeldByOtherBody && otherBody is null) Error("other_body", "required with decision held_by_other_body");

        decimal? fee = null;
        if (row["fee"] is { } feeText)
        {
            if (decimal.TryParse(feeText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var f) && f < 1_000_000_000_000m) fee = Math.Round(f, 2);
            else Error("fee", $"'{feeText}' is not a non-negative number of rupiah");
        }

        var withdrawn = Date("withdrawn_date");
        var objection = Date("objection_date");
        var grounds = row["objection_grounds"];
        With("objection_date", row["objection_date"] is not null, "objection_grounds", grounds is not null);
        string? normalizedGrounds = null;
        if (grounds is not null)
        {
            var letters = grounds.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (letters.Length == 0 || letters.Any(l => l.Length != 1 || l[0] is < 'a' or > 'g'))
                Error("objection_grounds", $"'{grounds}' must be letters a to g separated by ';'");
            else normalizedGrounds = string.Join(';', letters.Distinct().Order(StringComparer.Ordinal));
            if (row["objection_date"] is null) Error("objection_grounds", "only valid with objection_date");
        }

        var objectionDecisionDate = Date("objection_decision_date");
        var objectionDecision = Code("objection_decision", ObjectionDecisions);
        With("objection_decision_date", row["objection_decision_date"] is not null, "objection_decision", row["objection_decision"] is not null);
        With("objection_decision", row["objection_decision"] is not null, "objection_decision_date", row["objection_decision_date"] is not null);
        if (row["objection_decision_date"] is not null && row["objection_date"] is null) Error("objection_date", "required with objection_decision_date");

        var dispute = Date("dispute_date");
        var outcomeText = row["dispute_outcome"];
        DisputeOutcome? outcome = null;
        if (outcomeText is not null && !DisputeOutcomes.TryGetValue(outcomeText, out outcome))
            Error("dispute_outcome", $"'{outcomeText}' is not one of: {string.Join(", ", DisputeOutcomes.Keys)}");
        With("dispute_date", row["dispute_date"] is not null, "dispute_outcome", outcomeText is not null);
        if (outcomeText is not null && row["dispute_date"] is null) Error("dispute_outcome", "only valid with dispute_date");
        var outcomeDate = Date("dispute_outcome_date");
        if (outcome is not null && row["dispute_outcome_date"] is null) Error("dispute_outcome_date", $"required with dispute_outcome {outcomeText}");
        if (outcomeText == "pending" && row["dispute_outcome_date"] is not null) Error("dispute_outcome_date", "not valid with dispute_outcome pending");

        var court = false;
        switch (row["court_case"])
        {
            case null or "no": break;
            case "yes": court = true; break;
            case var c: Error("court_case", $"'{c}' is not yes or no"); break;
        }

        if (row["court_case"] == "yes" && row["dispute_date"] is null) Error("court_case", "only valid with dispute_date");

        Order("extension_date", extension, "received_date", received);
        Order("notice_date", notice, extension is null ? "received_date" : "extension_date", extension ?? received);
        Order("withdrawn_date", withdrawn, "received_date", received);
        Order("objection_date", objection, notice is null ? "received_date" : "notice_date", notice ?? received);
        Order("objection_decision_date", objectionDecisionDate, "objection_date", objection);
        Order("dispute_date", dispute, objectionDecisionDate is null ? "objection_date" : "objection_decision_date", objectionDecisionDate ?? objection);
        Order("dispute_outcome_date", outcomeDate, "dispute_date", dispute);

        if (errors.Count > before) return null;
        return new RegisterRow
        {
            Line = row.Line,
            UnitCode = unit!,
            RegistrationNumber = number!,
            ReceivedDate = received!.Value,
            Channel = channel!.Value,
            ApplicantType = applicantType!.Value,
            ApplicantName = name!,
            ApplicantNik = nik,
            ApplicantEmail = email,
            ApplicantPhone = phone,
            ApplicantAddress = address,
            ApplicantOccupation = occupation,
            InformationRequested = information!,
            Purpose = purpose,
            ObtainMethod = obtain!.Value,
            CopyFormat = copyFormat,
            DeliveryMethod = delivery,
            ExtensionDate = extension,
            NoticeDate = notice,
            Decision = decision,
            ExemptionBasis = basis,
            OtherBody = decision == Domain.Decision.HeldByOtherBody ? otherBody : null,
            Fee = fee,
            WithdrawnDate = withdrawn,
            ObjectionDate = objection,
            ObjectionGrounds = normalizedGrounds,
            ObjectionDecisionDate = objectionDecisionDate,
            ObjectionDecision = objectionDecision,
            DisputeDate = dispute,
            DisputeOutcome = outcome,
            DisputeOutcomeDate = outcomeDate,
            CourtCase = court,
        };
    }
}
