namespace SipPpid.Features.Dik;

/// <summary>A DIK entry as a spreadsheet row (contracts.md, <c>import dik</c>): what the template and any export write.</summary>
public sealed record DikFileRow(string UnitCode, string Information, string Basis, string LegalReference, string Consequence,
    string PublicInterest, string Scope, DateOnly? PeriodEnd, string DecreeNumber, DateOnly DecreeDate, string SetBy);

/// <summary>
/// One column of a DIK file: its name in the CSV and the import's header, its Indonesian header in the XLSX (which the
/// import also accepts), whether it is required, the <see cref="DikForm"/> field it fills (whose messages are reported
/// under this column), and how a row's cell is written.
/// </summary>
public sealed record DikColumn(string Name, string Header, bool Required, string? Field, Func<DikFileRow, object?> Cell);

/// <summary>The DIK file's columns, described once: the import reads them, the template and exports write them in this order.</summary>
public static class DikColumns
{
    public static readonly DikColumn UnitCode = new("unit_code", "Kode unit", true, nameof(DikForm.UnitId), r => r.UnitCode);
    public static readonly DikColumn Information = new("information", "Informasi yang dikecualikan", true, nameof(DikForm.Information), r => r.Information);
    public static readonly DikColumn Basis = new("basis", "Dasar pengecualian", true, nameof(DikForm.Basis), r => r.Basis);
    public static readonly DikColumn LegalReference = new("legal_reference", "Pasal", true, nameof(DikForm.LegalReference), r => r.LegalReference);
    public static readonly DikColumn Consequence = new("consequence", "Konsekuensi", true, nameof(DikForm.Consequence), r => r.Consequence);
    public static readonly DikColumn PublicInterest = new("public_interest", "Kepentingan publik", true, nameof(DikForm.PublicInterest), r => r.PublicInterest);
    public static readonly DikColumn Scope = new("scope", "Cakupan", true, nameof(DikForm.Scope), r => r.Scope);
    public static readonly DikColumn PeriodEnd = new("period_end", "Berlaku sampai", false, nameof(DikForm.PeriodEnd), r => r.PeriodEnd);
    public static readonly DikColumn DecreeNumber = new("decree_number", "Nomor surat penetapan", true, nameof(DikForm.DecreeNumber), r => r.DecreeNumber);
    public static readonly DikColumn DecreeDate = new("decree_date", "Tanggal surat penetapan", true, nameof(DikForm.DecreeDate), r => r.DecreeDate);
    public static readonly DikColumn SetBy = new("set_by", "Ditetapkan oleh", true, nameof(DikForm.SignatoryName), r => r.SetBy);

    public static readonly IReadOnlyList<DikColumn> All =
        [UnitCode, Information, Basis, LegalReference, Consequence, PublicInterest, Scope, PeriodEnd, DecreeNumber, DecreeDate, SetBy];

    public static readonly IReadOnlyCollection<string> Required = All.Where(c => c.Required).Select(c => c.Name).ToArray();

    public static readonly IReadOnlyCollection<string> Optional = All.Where(c => !c.Required).Select(c => c.Name).ToArray();

    /// <summary>The XLSX headers (lower case) mapped to the column names.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderNames =
        All.ToDictionary(c => c.Header.ToLowerInvariant(), c => c.Name, StringComparer.Ordinal);

    /// <summary>The column a <see cref="DikForm"/> message belongs to ("Dik.SignatoryName" → set_by); fields the file has no column for fall back to the closest.</summary>
    public static string ColumnOf(string formKey)
    {
        var field = formKey.StartsWith(DikForm.Prefix, StringComparison.Ordinal) ? formKey[DikForm.Prefix.Length..] : formKey;
        return All.FirstOrDefault(c => c.Field == field)?.Name ?? field switch
        {
            nameof(DikForm.WithheldParts) => Scope.Name,
            nameof(DikForm.NoEndReason) => PeriodEnd.Name,
            nameof(DikForm.HeadAgreedOn) => DecreeDate.Name,
            nameof(DikForm.SignatoryNip) or nameof(DikForm.DecreePlace) => SetBy.Name,
            _ => "row",
        };
    }

    /// <summary>The template offered on the upload page: the header and two example rows (one temporary, one without an end date).</summary>
    public static IReadOnlyList<DikFileRow> Examples { get; } =
    [
        new("DINKES", "Rekam medis pasien RSUD", "17h", "UU 14/2008 Pasal 17 huruf h angka 2; UU 17/2023 Pasal 296",
            "Membuka rekam medis mengungkap riwayat kesehatan pribadi pasien.", "Perlindungan data pribadi pasien lebih besar daripada manfaat membukanya.",
            "full", null, "188.4/001/DINKES/2026", new DateOnly(2026, 1, 5), "dr. Siti Rahmawati"),
        new("DINKES", "Dokumen evaluasi penawaran pengadaan alat kesehatan sebelum penetapan pemenang", "17b", "UU 14/2008 Pasal 17 huruf b",
            "Membuka dokumen evaluasi sebelum penetapan pemenang mengganggu persaingan usaha yang sehat.", "Menjaga proses pengadaan yang adil.",
            "partial", new DateOnly(2026, 12, 31), "188.4/002/DINKES/2026", new DateOnly(2026, 1, 5), "dr. Siti Rahmawati"),
    ];
}
