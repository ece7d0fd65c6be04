using Microsoft.Extensions.Localization;
using SipPpid.Domain;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// The consequence-test worksheet (uji konsekuensi) and its Surat Penetapan Klasifikasi as a form posts them, also
/// filled by <c>import dik</c> and by the decision form's "run the test now". Strings are nullable so that
/// <see cref="Validate"/> gives every message, in Indonesian, keyed by the form name (<c>Dik.Information</c>).
/// </summary>
public sealed class DikForm
{
    public const string Prefix = "Dik.";

    public string? Information { get; set; }

    /// <summary>A code of <see cref="ExemptionBasis.Codes"/>.</summary>
    public string? Basis { get; set; }

    public string? LegalReference { get; set; }
    public string? Consequence { get; set; }
    public string? PublicInterest { get; set; }

    /// <summary><c>full</c> or <c>partial</c>.</summary>
    public string? Scope { get; set; } = "full";

    public string? WithheldParts { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public string? NoEndReason { get; set; }
    public string? TestTeam { get; set; }
    public string? HeadName { get; set; }
    public DateOnly? HeadAgreedOn { get; set; }
    public bool WorksheetPublic { get; set; }

    public string? DecreeNumber { get; set; }
    public DateOnly? DecreeDate { get; set; }
    public string? DecreePlace { get; set; }
    public string? SignatoryName { get; set; }
    public string? SignatoryNip { get; set; }

    /// <summary>The unit whose DIK the entry joins (create only; a PPID Pembantu's choices are its own subtree).</summary>
    public int? UnitId { get; set; }

    public static IReadOnlyDictionary<string, DikScope> Scopes { get; } = new Dictionary<string, DikScope>
    {
        ["full"] = DikScope.Full,
        ["partial"] = DikScope.Partial,
    };

    public static string ScopeCode(DikScope scope) => Scopes.First(c => c.Value == scope).Key;

    /// <summary>The worksheet of an entry, for a correction or a re-test (the decree fields start empty: a new decree).</summary>
    public static DikForm From(DikEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Information = e.Information,
            Basis = e.Basis,
            LegalReference = e.LegalReference,
            Consequence = e.Consequence,
            PublicInterest = e.PublicInterest,
            Scope = ScopeCode(e.Scope),
            WithheldParts = e.WithheldParts,
            PeriodEnd = e.PeriodEnd,
            NoEndReason = e.NoEndReason,
            TestTeam = e.TestTeam,
            HeadName = e.HeadName,
            HeadAgreedOn = e.HeadAgreedOn,
            WorksheetPublic = e.WorksheetPublic,
            UnitId = e.UnitId,
        };
    }

    /// <summary>
    /// Every field's problem. <paramref name="imported"/>: a row of an existing spreadsheet, which has no place, NIP, test
    /// team or head's agreement on record (contracts.md), so those are not required.
    /// </summary>
    public List<FieldError> Validate(IStringLocalizer t, bool imported = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new(Prefix + field, message));
        void Text(string? value, string field, int max, string? requiredMessage)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (requiredMessage is not null) Add(field, t[requiredMessage]);
            }
            else if (value.Trim().Length > max) Add(field, t["Paling banyak {0} karakter.", max]);
        }

        Text(Information, nameof(Information), DikEntry.InformationMaxLength, "Tuliskan informasi yang dikecualikan dengan tepat.");
        if (!DikRules.IsKnownBasis(Basis))
            Add(nameof(Basis), t["Pilih dasar pengecualian: Pasal 17 huruf a sampai j, atau undang-undang lain."]);
        Text(LegalReference, nameof(LegalReference), DikEntry.ShortTextMaxLength * 2, "Tuliskan pasal yang menjadi dasar pengecualian.");
        Text(Consequence, nameof(Consequence), DikEntry.TextMaxLength, "Tuliskan konsekuensi (kerugian) bila informasi dibuka.");
        Text(PublicInterest, nameof(PublicInterest), DikEntry.TextMaxLength, "Tuliskan mengapa menutup informasi melindungi kepentingan yang lebih besar.");
        if (Scope is null || !Scopes.TryGetValue(Scope, out var scope)) Add(nameof(Scope), t["Pilih cakupan: seluruhnya atau sebagian."]);
        else if (scope == DikScope.Partial) Text(WithheldParts, nameof(WithheldParts), DikEntry.TextMaxLength, "Tuliskan bagian mana yang dihitamkan.");

        if (PeriodEnd is null)
        {
            if (DikRules.RequiresEndDate(Basis))
                Add(nameof(PeriodEnd), t["Pengecualian Pasal 17 huruf a–f tidak boleh permanen: isi tanggal berakhirnya."]);
            else Text(NoEndReason, nameof(NoEndReason), 1000, imported ? null : "Tanpa batas waktu: tuliskan alasannya.");
        }
        else if (DecreeDate is { } decreed && PeriodEnd <= decreed)
            Add(nameof(PeriodEnd), t["Tanggal berakhir harus sesudah tanggal surat penetapan ({0}).", IndonesianDates.Format(decreed)]);

        Text(TestTeam, nameof(TestTeam), 1000, imported ? null : "Tuliskan tim atau pejabat yang melakukan uji konsekuensi.");
        Text(HeadName, nameof(HeadName), 200, imported ? null : "Tuliskan nama pimpinan badan publik yang menyetujui.");
        if (!imported && HeadAgreedOn is null) Add(nameof(HeadAgreedOn), t["Isi tanggal persetujuan pimpinan."]);
        else if (HeadAgreedOn is { } agreed && DecreeDate is { } d && agreed > d)
            Add(nameof(HeadAgreedOn), t["Persetujuan pimpinan tidak boleh sesudah tanggal surat penetapan."]);

        Text(DecreeNumber, nameof(DecreeNumber), 100, "Isi nomor Surat Penetapan Klasifikasi.");
        if (DecreeDate is null) Add(nameof(DecreeDate), t["Isi tanggal Surat Penetapan Klasifikasi."]);
        Text(DecreePlace, nameof(DecreePlace), 100, imported ? null : "Isi tempat penetapan.");
        Text(SignatoryName, nameof(SignatoryName), 200, "Isi nama PPID yang menetapkan.");
        if (!string.IsNullOrWhiteSpace(SignatoryNip) && !(SignatoryNip.Trim().Length == 18 && SignatoryNip.Trim().All(char.IsAsciiDigit)))
            Add(nameof(SignatoryNip), t["NIP terdiri dari 18 angka."]);
        else if (!imported && string.IsNullOrWhiteSpace(SignatoryNip)) Add(nameof(SignatoryNip), t["Isi NIP PPID yang menetapkan (18 angka)."]);
        return errors;
    }

    /// <summary>Copies the (validated) worksheet to <paramref name="e"/>.</summary>
    public void ApplyTo(DikEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Information = Information!.Trim();
        e.Basis = Basis!;
        e.LegalReference = LegalReference!.Trim();
        e.Consequence = Consequence!.Trim();
        e.PublicInterest = PublicInterest!.Trim();
        e.Scope = Scopes[Scope!];
        e.WithheldParts = e.Scope == DikScope.Partial ? WithheldParts?.Trim() : null;
        e.PeriodEnd = PeriodEnd;
        e.NoEndReason = PeriodEnd is null ? Clean(NoEndReason) : null;
        e.TestTeam = Clean(TestTeam) ?? "";
        e.HeadName = Clean(HeadName) ?? "";
        e.HeadAgreedOn = HeadAgreedOn;
        e.WorksheetPublic = WorksheetPublic;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
