using SipPpid.Domain;

namespace SipPpid.Features.Objections;

/// <summary>The machine codes (of the API, the exports and the report JSON) of objections and disputes, both ways, and their Indonesian labels, in one place.</summary>
public static class ObjectionCodes
{
    /// <summary>UU 14/2008 Pasal 35(1) letters.</summary>
    public static readonly IReadOnlyList<string> Grounds = ["a", "b", "c", "d", "e", "f", "g"];

    public static readonly IReadOnlyDictionary<string, ObjectionDecision> Decisions = new Dictionary<string, ObjectionDecision>
    {
        ["accepted"] = ObjectionDecision.Accepted,
        ["rejected"] = ObjectionDecision.Rejected,
        ["settled"] = ObjectionDecision.Settled,
        ["withdrawn"] = ObjectionDecision.Withdrawn,
    };

    public static readonly IReadOnlyDictionary<string, ObjectionStatus> Statuses = new Dictionary<string, ObjectionStatus>
    {
        ["registered"] = ObjectionStatus.Registered,
        ["decided"] = ObjectionStatus.Decided,
    };

    public static readonly IReadOnlyDictionary<string, ApplicantResponse> Responses = new Dictionary<string, ApplicantResponse>
    {
        ["accepts"] = ApplicantResponse.Accepts,
        ["goes_to_commission"] = ApplicantResponse.GoesToCommission,
    };

    public static readonly IReadOnlyDictionary<string, DisputeStage> Stages = new Dictionary<string, DisputeStage>
    {
        ["mediation"] = DisputeStage.Mediation,
        ["adjudication"] = DisputeStage.Adjudication,
        ["court"] = DisputeStage.Court,
        ["closed"] = DisputeStage.Closed,
    };

    public static readonly IReadOnlyDictionary<string, DisputeOutcome> Outcomes = new Dictionary<string, DisputeOutcome>
    {
        ["mediation_success"] = DisputeOutcome.MediationSuccess,
        ["adjudication_for_applicant"] = DisputeOutcome.AdjudicationForApplicant,
        ["adjudication_for_public_body"] = DisputeOutcome.AdjudicationForPublicBody,
        ["withdrawn"] = DisputeOutcome.Withdrawn,
    };

    /// <summary>Courts that hear appeals against a KI decision (PTUN / PN) and the Supreme Court (MA).</summary>
    public static readonly IReadOnlyList<string> Courts = ["PTUN", "PN", "MA"];

    public static string Code<T>(T value) where T : struct, Enum => value switch
    {
        ObjectionDecision d => Decisions.First(kv => kv.Value == d).Key,
        ObjectionStatus s => Statuses.First(kv => kv.Value == s).Key,
        ApplicantResponse r => Responses.First(kv => kv.Value == r).Key,
        DisputeStage s => Stages.First(kv => kv.Value == s).Key,
        DisputeOutcome o => Outcomes.First(kv => kv.Value == o).Key,
        _ => value.ToString(),
    };

    /// <summary>"a;g" → ["a", "g"], known letters only, in order.</summary>
    public static IReadOnlyList<string> SplitGrounds(string? grounds) =>
        Grounds.Where(g => (grounds ?? "").Split(';', StringSplitOptions.TrimEntries).Contains(g)).ToList();

    /// <summary>Indonesian labels of the enumerations (keys of the resource file).</summary>
    public static string Label<T>(T value) where T : struct, Enum => value switch
    {
        ObjectionStatus.Registered => "Menunggu tanggapan Atasan PPID",
        ObjectionStatus.Decided => "Sudah ditanggapi",
        ObjectionDecision.Accepted => "Keberatan diterima",
        ObjectionDecision.Rejected => "Keberatan ditolak",
        ObjectionDecision.Settled => "Selesai secara musyawarah",
        ObjectionDecision.Withdrawn => "Keberatan dicabut",
        ApplicantResponse.Accepts => "Pemohon menerima tanggapan",
        ApplicantResponse.GoesToCommission => "Pemohon mengajukan sengketa ke Komisi Informasi",
        DisputeStage.Mediation => "Mediasi",
        DisputeStage.Adjudication => "Ajudikasi nonlitigasi",
        DisputeStage.Court => "Pengadilan",
        DisputeStage.Closed => "Selesai",
        DisputeOutcome.MediationSuccess => "Mediasi berhasil",
        DisputeOutcome.AdjudicationForApplicant => "Putusan ajudikasi memenangkan pemohon",
        DisputeOutcome.AdjudicationForPublicBody => "Putusan ajudikasi memenangkan badan publik",
        DisputeOutcome.Withdrawn => "Sengketa dicabut",
        _ => value.ToString(),
    };

    /// <summary>The ground's letter as in Pasal 35(1), in plain Indonesian.</summary>
    public static string GroundLabel(string letter) => letter switch
    {
        "a" => "a. Permohonan informasi ditolak karena informasi dikecualikan (Pasal 17)",
        "b" => "b. Informasi berkala tidak disediakan",
        "c" => "c. Permohonan informasi tidak ditanggapi",
        "d" => "d. Permohonan ditanggapi tidak sebagaimana yang diminta",
        "e" => "e. Permohonan informasi tidak dipenuhi",
        "f" => "f. Biaya yang dikenakan tidak wajar",
        "g" => "g. Informasi disampaikan melebihi jangka waktu",
        _ => letter,
    };

    /// <summary>The numbers a ground's help takes: the notice's days, without and with the extension.</summary>
    public static readonly object[] GroundHelpArguments = [ServiceDeadlines.NoticeDays, ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays];

    /// <summary>When the ground fits, explained for the applicant (a key of the resource file; {0} and {1}: <see cref="GroundHelpArguments"/>).</summary>
    public static string GroundHelp(string letter) => letter switch
    {
        "a" => "Pilih bila PPID menolak permohonan Anda dengan alasan informasi yang diminta dikecualikan.",
        "b" => "Pilih bila informasi yang wajib diumumkan secara berkala tidak tersedia.",
        "c" => "Pilih bila sampai batas waktu {0} (atau {1}) hari kerja Anda tidak menerima pemberitahuan tertulis.",
        "d" => "Pilih bila jawaban PPID tidak sesuai dengan informasi yang Anda minta.",
        "e" => "Pilih bila PPID sudah menjawab tetapi informasi tidak diberikan.",
        "f" => "Pilih bila Anda dikenai biaya penggandaan atau pengiriman yang menurut Anda tidak wajar.",
        "g" => "Pilih bila pemberitahuan tertulis atau informasi diterima sesudah batas waktu.",
        _ => "",
    };
}
