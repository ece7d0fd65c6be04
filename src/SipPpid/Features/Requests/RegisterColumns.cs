using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using SipPpid.Domain;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Features.Requests;

/// <summary>
/// The columns of the Register Permohonan, once: the register import's contract (README, "Register CSV / XLSX") and
/// the CSV/XLSX/JSON exports and the printed register all read this list. A column of the request is added here and
/// nowhere else (plus the entity and its migration): <see cref="RegisterExport"/> projects it in the database and
/// writes it, the import checks it and stores it in the request (<see cref="RegisterColumn.Store"/>). The order is the
/// export's. The checks across columns (companions, the order of the dates) are the import's, in
/// <c>RegisterRowParser</c>.
/// </summary>
public static class RegisterColumns
{
    public static readonly RegisterColumn<string?> UnitCode = Text("unit_code", "Kode unit", r => r.Unit!.Code, required: true);
    public static readonly RegisterColumn<string?> Number = Text("registration_number", "Nomor pendaftaran", r => r.RegistrationNumber, required: true);
    public static readonly RegisterColumn<DateOnly> Received = Date("received_date", "Tanggal diterima", r => r.ReceivedDate, required: true);
    public static readonly RegisterColumn<Channel> Channel = Code("channel", "Saluran", r => r.Channel, RequestCodes.Channels, required: true);
    public static readonly RegisterColumn<ApplicantType> ApplicantType =
        Code("applicant_type", "Jenis pemohon", r => r.ApplicantType, RequestCodes.ApplicantTypes, required: true);
    public static readonly RegisterColumn<string?> Name = Text("applicant_name", "Nama pemohon", r => r.ApplicantName, required: true);

    /// <summary>
    /// The NIK is personal data: every export and the printed register show it masked ("6171********0003"), the way
    /// Admin and Atasan PPID see it (<see cref="PersonalData"/>). Re-importing an export therefore cannot restore it:
    /// a masked cell is accepted and the request is stored without a NIK ("not given", as for a request made without
    /// one), so an exported register re-imports; anything else that is not 16 digits is refused.
    /// </summary>
    public static readonly RegisterColumn<string?> Nik = new("applicant_nik", "NIK (tersamar)", false, r => r.ApplicantNik, v => v,
        (v, error) =>
        {
            if (IsMaskedNik(v)) return null;
            if (v.Length != 16 || !v.All(char.IsAsciiDigit)) error("must be 16 digits");
            return v;
        }, mask: RequestQueries.MaskNik);

    public static readonly RegisterColumn<string?> Email = Text("applicant_email", "E-mail", r => r.ApplicantEmail,
        check: v => MailAddresses.IsValid(v) ? null : "is not an e-mail address the mailer can use");
    public static readonly RegisterColumn<string?> Phone = Text("applicant_phone", "Telepon", r => r.ApplicantPhone);
    public static readonly RegisterColumn<string?> Address = Text("applicant_address", "Alamat", r => r.ApplicantAddress);
    public static readonly RegisterColumn<string?> Occupation = Text("applicant_occupation", "Pekerjaan", r => r.ApplicantOccupation);
    public static readonly RegisterColumn<string?> Information =
        Text("information_requested", "Rincian informasi yang diminta", r => r.InformationRequested, required: true);
    public static readonly RegisterColumn<string?> Purpose = Text("purpose", "Tujuan penggunaan", r => r.Purpose);
    public static readonly RegisterColumn<ObtainMethod> Obtain =
        Code("obtain_method", "Cara memperoleh informasi", r => r.ObtainMethod, RequestCodes.ObtainMethods, required: true);
    public static readonly RegisterColumn<CopyFormat?> CopyFormat = Code("copy_format", "Bentuk salinan", r => r.CopyFormat, RequestCodes.CopyFormats);
    public static readonly RegisterColumn<DeliveryMethod?> Delivery =
        Code("delivery_method", "Cara pengiriman", r => r.DeliveryMethod, RequestCodes.DeliveryMethods);
    public static readonly RegisterColumn<DateOnly?> Extension = Date("extension_date", "Tanggal perpanjangan", r => r.ExtensionDate);
    public static readonly RegisterColumn<DateOnly?> Notice = Date("notice_date", "Tanggal pemberitahuan tertulis", r => r.NoticeDate);
    public static readonly RegisterColumn<Decision?> Decision = Code("decision", "Keputusan", r => r.Decision, RequestCodes.Decisions);
    public static readonly RegisterColumn<string?> ExemptionBasis = new("exemption_basis", "Dasar pengecualian", false, r => r.ExemptionBasis, v => v,
        (v, error) =>
        {
            if (!RequestCodes.ExemptionBases.Contains(v)) error($"'{v}' is not one of: {string.Join(", ", RequestCodes.ExemptionBases)}");
            return v;
        });

    /// <summary>Stored only with the decision held_by_other_body (the import drops it otherwise).</summary>
    public static readonly RegisterColumn<string?> OtherBody = Text("other_body", "Badan publik lain", r => r.OtherBody);

    /// <summary>Rupiah: a number in the CSV (never neutralised), "0.##" text in the XLSX and JSON.</summary>
    public static readonly RegisterColumn<decimal?> Fee = new("fee", "Biaya (Rp)", false, r => r.Fee,
        v => v?.ToString("0.##", CultureInfo.InvariantCulture),
        (v, error) =>
        {
            if (decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var f) && f < 1_000_000_000_000m) return Math.Round(f, 2);
            error($"'{v}' is not a non-negative number of rupiah");
            return null;
        }, csv: v => v);

    public static readonly RegisterColumn<DateOnly?> Withdrawn = Date("withdrawn_date", "Tanggal ditarik", r => r.WithdrawnDate);

    // The objection and dispute columns are import-only: the import creates the objection and the dispute from them
    // (RegisterRecords); the register exports the requests alone (the objections have their own register).
    public static readonly RegisterColumn<DateOnly?> ObjectionDate = Date<DateOnly?>("objection_date", null, null);

    /// <summary>Letters a to g separated by ';', stored sorted and without repeats ("b;a;b" is "a;b").</summary>
    public static readonly RegisterColumn<string?> ObjectionGrounds = new("objection_grounds", null, false, null, v => v, (v, error) =>
    {
        var letters = v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length > 0 && letters.All(l => l.Length == 1 && l[0] is >= 'a' and <= 'g'))
            return string.Join(';', letters.Distinct().Order(StringComparer.Ordinal));
        error($"'{v}' must be letters a to g separated by ';'");
        return null;
    });

    public static readonly RegisterColumn<DateOnly?> ObjectionDecisionDate = Date<DateOnly?>("objection_decision_date", null, null);

    public static readonly IReadOnlyDictionary<string, ObjectionDecision> ObjectionDecisions = new Dictionary<string, ObjectionDecision>
    {
        ["accepted"] = Domain.ObjectionDecision.Accepted,
        ["rejected"] = Domain.ObjectionDecision.Rejected,
        ["settled"] = Domain.ObjectionDecision.Settled,
        ["withdrawn"] = Domain.ObjectionDecision.Withdrawn,
    };

    public static readonly RegisterColumn<ObjectionDecision?> ObjectionDecision = Code<ObjectionDecision?, ObjectionDecision>("objection_decision", null, null, ObjectionDecisions);
    public static readonly RegisterColumn<DateOnly?> DisputeDate = Date<DateOnly?>("dispute_date", null, null);

    /// <summary>The dispute outcomes; `pending` maps to null.</summary>
    public static readonly IReadOnlyDictionary<string, DisputeOutcome?> DisputeOutcomes = new Dictionary<string, DisputeOutcome?>
    {
        ["mediation_success"] = Domain.DisputeOutcome.MediationSuccess,
        ["adjudication_for_applicant"] = Domain.DisputeOutcome.AdjudicationForApplicant,
        ["adjudication_for_public_body"] = Domain.DisputeOutcome.AdjudicationForPublicBody,
        ["withdrawn"] = Domain.DisputeOutcome.Withdrawn,
        ["pending"] = null,
    };

    /// <summary>Null for `pending` and for an empty cell: the parser tells them apart by the cell.</summary>
    public static readonly RegisterColumn<DisputeOutcome?> DisputeOutcome = new("dispute_outcome", null, false, null,
        v => v is { } o ? DisputeOutcomes.First(kv => kv.Value == o).Key : null, (v, error) =>
        {
            if (DisputeOutcomes.TryGetValue(v, out var outcome)) return outcome;
            error($"'{v}' is not one of: {string.Join(", ", DisputeOutcomes.Keys)}");
            return null;
        });

    public static readonly RegisterColumn<DateOnly?> DisputeOutcomeDate = Date<DateOnly?>("dispute_outcome_date", null, null);

    public static readonly RegisterColumn<bool> CourtCase = new("court_case", null, false, null, v => v ? "yes" : "no", (v, error) =>
    {
        if (v is "yes" or "no") return v == "yes";
        error($"'{v}' is not yes or no");
        return null;
    });

    /// <summary>Every column, in the export's order (the import-only ones last).</summary>
    public static readonly IReadOnlyList<RegisterColumn> All = Numbered(
    [
        UnitCode, Number, Received, Channel, ApplicantType, Name, Nik, Email, Phone, Address, Occupation, Information, Purpose, Obtain,
        CopyFormat, Delivery, Extension, Notice, Decision, ExemptionBasis, OtherBody, Fee, Withdrawn,
        ObjectionDate, ObjectionGrounds, ObjectionDecisionDate, ObjectionDecision, DisputeDate, DisputeOutcome, DisputeOutcomeDate, CourtCase,
    ]);

    /// <summary>The columns the register exports and prints, in order.</summary>
    public static readonly IReadOnlyList<RegisterColumn> Exported = [.. All.Where(c => c.Exported)];

    /// <summary>The columns an imported file must have, and those it may have (import contract).</summary>
    public static readonly IReadOnlyList<string> Required = [.. All.Where(c => c.Required).Select(c => c.Name)];

    public static readonly IReadOnlyList<string> Optional = [.. All.Where(c => !c.Required).Select(c => c.Name)];

    /// <summary>
    /// The XLSX's Indonesian headers (lower case) with the column each names: the import accepts them in a workbook,
    /// so that an exported workbook re-imports as it is.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderNames =
        Exported.ToDictionary(c => c.Header!.ToLowerInvariant(), c => c.Name, StringComparer.Ordinal);

    /// <summary>
    /// Every column's value of a request, as one projection the database runs: <c>r => new object?[] { r.Unit.Code,
    /// r.RegistrationNumber, … }</c> (null for the import-only columns).
    /// </summary>
    public static readonly Expression<Func<InformationRequest, object?[]>> Values = BuildValues();

    /// <summary>The mask of <see cref="RequestQueries.MaskNik"/>: four digits, eight asterisks, four digits.</summary>
    public static bool IsMaskedNik(string? cell) =>
        cell is { Length: 16 } && cell[..4].All(char.IsAsciiDigit) && cell[4..12].All(c => c == '*') && cell[12..].All(char.IsAsciiDigit);

    private static RegisterColumn[] Numbered(RegisterColumn[] columns)
    {
        for (var i = 0; i < columns.Length; i++) columns[i].Index = i;
        return columns;
    }

    private static Expression<Func<InformationRequest, object?[]>> BuildValues()
    {
        var r = Expression.Parameter(typeof(InformationRequest), "r");
        var cells = All.Select(c => c.ReadBody is { } body
            ? Expression.Convert(ReplacingExpressionVisitor.Replace(c.ReadParameter!, r, body), typeof(object))
            : (Expression)Expression.Constant(null, typeof(object)));
        return Expression.Lambda<Func<InformationRequest, object?[]>>(Expression.NewArrayInit(typeof(object), cells), r);
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A text column: the one text rule (TextRules) against the property the column reads, plus <paramref name="check"/>.</summary>
    private static RegisterColumn<string?> Text(string name, string? header, Expression<Func<InformationRequest, string?>> read,
        bool required = false, Func<string, string?>? check = null)
    {
        var member = ((MemberExpression)read.Body).Member;
        var maxLength = new Lazy<int>(() => TextRules.MaxLength(member.DeclaringType!, member.Name));
        return new RegisterColumn<string?>(name, header, required, read, v => v, (v, error) =>
        {
            if (TextRules.Check(v, maxLength.Value) is { } problem) error(problem.ImportReason);
            if (check?.Invoke(v) is { } reason) error(reason);
            return v;
        });
    }

    private static RegisterColumn<T> Date<T>(string name, string? header, Expression<Func<InformationRequest, T>>? read, bool required = false) =>
        new(name, header, required, read, v => Iso((DateOnly?)(object?)v), (v, error) =>
        {
            if (!CsvTable.TryParseDate(v, out var d)) error($"'{v}' is not a date (YYYY-MM-DD)");
            else if (d < WorkingCalendar.MinDate || d > WorkingCalendar.MaxDate)
                error($"must be between {WorkingCalendar.MinDate:yyyy} and {WorkingCalendar.MaxDate:yyyy}");
            else return d;
            return null;
        });

    /// <summary>A coded column (the codes of <see cref="RequestCodes"/>); <typeparamref name="T"/> is the enum or its nullable.</summary>
    private static RegisterColumn<T> Code<T, TCode>(string name, string? header, Expression<Func<InformationRequest, T>>? read,
        IReadOnlyDictionary<string, TCode> codes, bool required = false) where TCode : struct
    {
        var names = codes.ToDictionary(kv => kv.Value, kv => kv.Key);
        return new(name, header, required, read, v => v is TCode c ? names[c] : null, (v, error) =>
        {
            if (codes.TryGetValue(v, out var value)) return value;
            error($"'{v}' is not one of: {string.Join(", ", codes.Keys)}");
            return null;
        });
    }
}
