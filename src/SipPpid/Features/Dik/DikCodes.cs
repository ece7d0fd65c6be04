using SipPpid.Domain;

namespace SipPpid.Features.Dik;

/// <summary>Where an entry stands today, as the staff list and the entry's page show it.</summary>
public enum DikState
{
    InForce,
    EndingSoon,
    Expired,
    Released,
}

/// <summary>
/// The DIK's codes and their Indonesian labels (keys of the localizer): the bases of UU 14/2008 Pasal 17, the states of
/// an entry and the list's status filter, the kinds of decree.
/// </summary>
public static class DikCodes
{
    /// <summary>Each basis as the law words it, for forms and letters ("Pasal 17 huruf a — menghambat proses penegakan hukum").</summary>
    public static readonly IReadOnlyDictionary<string, string> BasisLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["17a"] = "Pasal 17 huruf a — menghambat proses penegakan hukum",
        ["17b"] = "Pasal 17 huruf b — mengganggu perlindungan hak atas kekayaan intelektual dan persaingan usaha yang sehat",
        ["17c"] = "Pasal 17 huruf c — membahayakan pertahanan dan keamanan negara",
        ["17d"] = "Pasal 17 huruf d — mengungkapkan kekayaan alam Indonesia",
        ["17e"] = "Pasal 17 huruf e — merugikan ketahanan ekonomi nasional",
        ["17f"] = "Pasal 17 huruf f — merugikan kepentingan hubungan luar negeri",
        ["17g"] = "Pasal 17 huruf g — mengungkapkan isi akta otentik yang bersifat pribadi dan wasiat seseorang",
        ["17h"] = "Pasal 17 huruf h — mengungkap rahasia pribadi",
        ["17i"] = "Pasal 17 huruf i — memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan",
        ["17j"] = "Pasal 17 huruf j — informasi yang tidak boleh diungkapkan berdasarkan undang-undang",
        [ExemptionBasis.OtherLaw] = "Undang-undang lain",
    };

    /// <summary>The label of a basis code (the code itself when unknown, e.g. an imported historical value).</summary>
    public static string BasisLabel(string? code) => code is not null && BasisLabels.TryGetValue(code, out var label) ? label : code ?? "";

    /// <summary>The basis as the letter cites it, in full (always Indonesian).</summary>
    public static string BasisCitation(string code) => code == ExemptionBasis.OtherLaw
        ? "Undang-undang lain yang mengatur kerahasiaan informasi"
        : $"Pasal 17 huruf {code[2..]} Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik";

    /// <summary>The basis in a few words, for lists, filters and e-mails ("Pasal 17 huruf h", "Undang-undang lain"); a localizer key.</summary>
    public static string BasisName(string? code) => code switch
    {
        null or "" => "",
        ExemptionBasis.OtherLaw => "Undang-undang lain",
        _ when BasisLabels.ContainsKey(code) => "Pasal 17 huruf " + code[2..],
        _ => code,
    };

    /// <summary>The full citation followed by the exact articles the worksheet cites (notices and the applicant's pages).</summary>
    public static string BasisWithReference(string? code, string? legalReference)
    {
        var law = string.IsNullOrEmpty(code) ? "" : BasisCitation(code);
        return string.IsNullOrWhiteSpace(legalReference) ? law : law.Length == 0 ? legalReference : $"{law}; {legalReference}";
    }

    /// <summary>The list's status filter (<c>/Dik?status=kedaluwarsa</c>).</summary>
    public static readonly IReadOnlyDictionary<string, DikState> StateFilters = new Dictionary<string, DikState>(StringComparer.Ordinal)
    {
        ["berlaku"] = DikState.InForce,
        ["segera-berakhir"] = DikState.EndingSoon,
        ["kedaluwarsa"] = DikState.Expired,
        ["dibuka"] = DikState.Released,
    };

    public static string Label(DikState state) => state switch
    {
        DikState.InForce => "Masih berlaku",
        DikState.EndingSoon => "Segera berakhir",
        DikState.Expired => "Kedaluwarsa",
        _ => "Dibuka",
    };

    public static string Badge(DikState state) => state switch
    {
        DikState.InForce => "text-bg-success",
        DikState.EndingSoon => "text-bg-warning",
        DikState.Expired => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string Label(DikDecreeKind kind) => kind switch
    {
        DikDecreeKind.Initial => "Penetapan awal",
        DikDecreeKind.Retest => "Uji ulang",
        DikDecreeKind.Correction => "Koreksi",
        _ => "Impor",
    };

    public static string Label(DikEventKind kind) => kind switch
    {
        DikEventKind.Created => "Uji konsekuensi dan penetapan",
        DikEventKind.Retested => "Uji ulang",
        DikEventKind.Corrected => "Koreksi",
        DikEventKind.Released => "Informasi dibuka",
        DikEventKind.ExpiryNoticeSent => "Pemberitahuan akan berakhir dikirim",
        _ => "Diimpor",
    };

    private static readonly Func<DikEntry, DateOnly, DateOnly, bool> EndingCompiled = DikRules.EndingWithin.Compile();

    /// <summary>The state of an entry today, by the rules of <see cref="DikRules"/>.</summary>
    public static DikState State(DikStatus status, DateOnly? periodEnd, DateOnly today)
    {
        var e = new DikEntry { Status = status, PeriodEnd = periodEnd };
        if (status == DikStatus.Released) return DikState.Released;
        if (DikRules.IsExpired(e, today)) return DikState.Expired;
        return EndingCompiled(e, today, DikRules.NoticeUntil(today)) ? DikState.EndingSoon : DikState.InForce;
    }
}
