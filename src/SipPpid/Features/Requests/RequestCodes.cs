using SipPpid.Domain;

namespace SipPpid.Features.Requests;

/// <summary>The machine codes (of the API, the exports and the report JSON) of the request's enumerations, both ways, in one place.</summary>
public static class RequestCodes
{
    public static readonly IReadOnlyDictionary<string, Channel> Channels = new Dictionary<string, Channel>
    {
        ["web"] = Channel.Web,
        ["in_person"] = Channel.InPerson,
        ["letter"] = Channel.Letter,
        ["email"] = Channel.Email,
        ["phone"] = Channel.Phone,
        ["whatsapp"] = Channel.WhatsApp,
        ["other"] = Channel.Other,
    };

    public static readonly IReadOnlyDictionary<string, ApplicantType> ApplicantTypes = new Dictionary<string, ApplicantType>
    {
        ["individual"] = ApplicantType.Individual,
        ["organization"] = ApplicantType.Organization,
        ["proxy"] = ApplicantType.Proxy,
    };

    public static readonly IReadOnlyDictionary<string, ObtainMethod> ObtainMethods = new Dictionary<string, ObtainMethod>
    {
        ["view"] = ObtainMethod.View,
        ["copy"] = ObtainMethod.Copy,
    };

    public static readonly IReadOnlyDictionary<string, CopyFormat> CopyFormats = new Dictionary<string, CopyFormat>
    {
        ["softcopy"] = CopyFormat.Softcopy,
        ["hardcopy"] = CopyFormat.Hardcopy,
        ["both"] = CopyFormat.Both,
    };

    public static readonly IReadOnlyDictionary<string, DeliveryMethod> DeliveryMethods = new Dictionary<string, DeliveryMethod>
    {
        ["pickup"] = DeliveryMethod.Pickup,
        ["courier"] = DeliveryMethod.Courier,
        ["post"] = DeliveryMethod.Post,
        ["fax"] = DeliveryMethod.Fax,
        ["email"] = DeliveryMethod.Email,
    };

    public static readonly IReadOnlyDictionary<string, Decision> Decisions = new Dictionary<string, Decision>
    {
        ["granted_full"] = Decision.GrantedFull,
        ["granted_partial"] = Decision.GrantedPartial,
        ["rejected_exempt"] = Decision.RejectedExempt,
        ["not_held"] = Decision.NotHeld,
        ["not_documented"] = Decision.NotDocumented,
        ["held_by_other_body"] = Decision.HeldByOtherBody,
    };

    public static readonly IReadOnlyDictionary<string, RequestStatus> Statuses = new Dictionary<string, RequestStatus>
    {
        ["registered"] = RequestStatus.Registered,
        ["in_process"] = RequestStatus.InProcess,
        ["incomplete"] = RequestStatus.Incomplete,
        ["decided"] = RequestStatus.Decided,
        ["closed"] = RequestStatus.Closed,
        ["withdrawn"] = RequestStatus.Withdrawn,
    };

    /// <summary>Pasal 17 letters and "another law", the grounds of a rejection.</summary>
    public static readonly IReadOnlyList<string> ExemptionBases = ExemptionBasis.Codes;

    public static string Code<T>(T value) where T : struct, Enum => value switch
    {
        Channel c => Channels.First(kv => kv.Value == c).Key,
        ApplicantType a => ApplicantTypes.First(kv => kv.Value == a).Key,
        ObtainMethod o => ObtainMethods.First(kv => kv.Value == o).Key,
        CopyFormat f => CopyFormats.First(kv => kv.Value == f).Key,
        DeliveryMethod d => DeliveryMethods.First(kv => kv.Value == d).Key,
        Decision d => Decisions.First(kv => kv.Value == d).Key,
        RequestStatus s => Statuses.First(kv => kv.Value == s).Key,
        _ => value.ToString(),
    };

    /// <summary>Indonesian labels (keys of the resource file).</summary>
    public static string Label<T>(T value) where T : struct, Enum => value switch
    {
        Channel.Web => "Formulir daring",
        Channel.InPerson => "Datang langsung",
        Channel.Letter => "Surat",
        Channel.Email => "E-mail",
        Channel.Phone => "Telepon",
        Channel.WhatsApp => "WhatsApp",
        Channel.Other => "Lainnya",
        ApplicantType.Individual => "Perorangan",
        ApplicantType.Organization => "Badan hukum / kelompok",
        ApplicantType.Proxy => "Kuasa",
        ObtainMethod.View => "Melihat / membaca / mendengarkan / mencatat",
        ObtainMethod.Copy => "Mendapatkan salinan",
        CopyFormat.Softcopy => "Salinan elektronik (softcopy)",
        CopyFormat.Hardcopy => "Salinan cetak (hardcopy)",
        CopyFormat.Both => "Softcopy dan hardcopy",
        DeliveryMethod.Pickup => "Mengambil langsung",
        DeliveryMethod.Courier => "Kurir",
        DeliveryMethod.Post => "Pos",
        DeliveryMethod.Fax => "Faksimili",
        DeliveryMethod.Email => "E-mail",
        Decision.GrantedFull => "Dikabulkan seluruhnya",
        Decision.GrantedPartial => "Dikabulkan sebagian",
        Decision.RejectedExempt => "Ditolak (informasi dikecualikan)",
        Decision.NotHeld => "Tidak dapat diberikan: belum dikuasai",
        Decision.NotDocumented => "Tidak dapat diberikan: belum didokumentasikan",
        Decision.HeldByOtherBody => "Tidak dikuasai badan publik ini",
        RequestStatus.Registered => "Terdaftar",
        RequestStatus.InProcess => "Diproses",
        RequestStatus.Incomplete => "Perlu dilengkapi",
        RequestStatus.Decided => "Sudah diputuskan",
        RequestStatus.Closed => "Selesai",
        RequestStatus.Withdrawn => "Ditarik kembali",
        RequestEventKind.Received => "Permohonan diterima",
        RequestEventKind.Routed => "Didisposisikan",
        RequestEventKind.ReturnedToUtama => "Dikembalikan ke PPID Utama",
        RequestEventKind.TakenUp => "Mulai diproses",
        RequestEventKind.IncompleteAsked => "Pemohon diminta melengkapi",
        RequestEventKind.Completed => "Permohonan dilengkapi",
        RequestEventKind.Extended => "Jangka waktu diperpanjang",
        RequestEventKind.Decided => "Pemberitahuan tertulis diberikan",
        RequestEventKind.Delivered => "Informasi diserahkan",
        RequestEventKind.Withdrawn => "Permohonan ditarik",
        RequestEventKind.DeadlineMoved => "Tenggat berubah",
        RequestEventKind.FileAdded => "Berkas dilampirkan",
        RequestEventKind.Note => "Catatan",
        RequestEventKind.Reopened => "Permohonan dibuka kembali",
        RequestEventKind.ObjectionFiled => "Keberatan diajukan",
        RequestEventKind.ObjectionDecided => "Tanggapan atas keberatan",
        RequestEventKind.ObjectionResponse => "Tanggapan pemohon atas keputusan keberatan",
        RequestEventKind.DisputeRegistered => "Sengketa didaftarkan di Komisi Informasi",
        RequestEventKind.DisputeUpdated => "Perkembangan sengketa",
        FileKind.IdentityCard => "KTP",
        FileKind.Deed => "Akta",
        FileKind.PowerOfAttorney => "Surat kuasa",
        FileKind.LetterScan => "Pindaian surat",
        FileKind.InformationProvided => "Informasi yang diberikan",
        FileKind.Other => "Lainnya",
        _ => value.ToString(),
    };
}
