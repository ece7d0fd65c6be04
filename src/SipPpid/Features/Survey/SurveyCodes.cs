namespace SipPpid.Features.Survey;

/// <summary>One element of the survey: its code, its name and its four answers (1 → 4), Indonesian (keys of the localizer).</summary>
public sealed record SurveyElement(string Code, string Name, IReadOnlyList<string> Answers);

/// <summary>
/// The survey's wording (survey.md), written once for the forms, the results page, the report, the exports and the
/// import: the nine elements with their answers, and the respondent profile's codes with their labels.
/// </summary>
public static class SurveyCodes
{
    public static readonly IReadOnlyList<SurveyElement> Elements =
    [
        new("u1", "Persyaratan", ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
        new("u2", "Sistem, mekanisme, dan prosedur", ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]),
        new("u3", "Waktu penyelesaian", ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]),
        new("u4", "Biaya / tarif", ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]),
        new("u5", "Produk spesifikasi jenis pelayanan", ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
        new("u6", "Kompetensi pelaksana", ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]),
        new("u7", "Perilaku pelaksana", ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]),
        new("u8", "Penanganan pengaduan, saran, dan masukan", ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]),
        new("u9", "Sarana dan prasarana", ["Buruk", "Cukup", "Baik", "Sangat baik"]),
    ];

    public static readonly IReadOnlyDictionary<string, string> Genders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["l"] = "Laki-laki",
        ["p"] = "Perempuan",
    };

    public static readonly IReadOnlyDictionary<string, string> Educations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sd"] = "SD",
        ["smp"] = "SMP",
        ["sma"] = "SMA/SMK",
        ["d1-d3"] = "D1–D3",
        ["d4-s1"] = "D4/S1",
        ["s2"] = "S2",
        ["s3"] = "S3",
    };

    public static readonly IReadOnlyDictionary<string, string> Occupations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pns"] = "PNS",
        ["tni_polri"] = "TNI/Polri",
        ["swasta"] = "Pegawai swasta",
        ["wirausaha"] = "Wirausaha",
        ["pelajar_mahasiswa"] = "Pelajar/Mahasiswa",
        ["lainnya"] = "Lainnya",
    };

    /// <summary>A respondent's age the survey accepts.</summary>
    public const int MinAge = 10;
    public const int MaxAge = 120;
}
