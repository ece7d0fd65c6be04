using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Features.Requests;

namespace SipPpid.Features.Reports;

/// <summary>
/// One figure of the service report as every rendering knows it: its key path in the JSON
/// (<c>requests.byDecision.granted_full</c>), its CSV column, its XLSX header, the Indonesian names of its path's
/// parts (the archive's corrections) and how to read it from the typed <see cref="Figures"/>.
/// </summary>
public sealed record ReportFigure(string Path, string Column, string Header, IReadOnlyList<string?> Names, Func<Figures, object?> Read);

/// <summary>
/// One member of a group of figures (a channel, a decision, a Pasal 17 basis…): the enumeration value or code it
/// counts, its contract code (from <see cref="RequestCodes"/> / <see cref="ObjectionCodes"/>, never typed again), its
/// XLSX header, the heading of its column in the narrow tables (screen and print), the tooltip of that heading,
/// and the label of its row in the printed report.
/// </summary>
public sealed record FigureMember<TKey>(TKey Key, string Code, string Header, string Heading = "", string PrintHeading = "", string? Title = null, string Label = "");

/// <summary>A bucket of the processing-days histogram: working days from <paramref name="Min"/> to <paramref name="Max"/> inclusive.</summary>
public sealed record DaysBucket(string Code, int Min, int Max)
{
    /// <summary>The column's header, from its bounds (which come from the day limits).</summary>
    public string Header => Max == int.MaxValue ? $"lebih dari {Min - 1} hari kerja" : $"{Min}–{Max} hari kerja";
}

/// <summary>
/// The one description of the service report's figures (the JSON of `report service` and of the report API). The engine fills the
/// groups' members from here, the CSV and XLSX columns, the archive's comparison and its labels iterate
/// <see cref="All"/>, and the views iterate the groups. A new figure is declared here once (and counted by the
/// engine); a new member of an enumeration without its texts below does not compile (the switches have no
/// default arm, CS8509 is an error).
/// </summary>
public static class ReportFigures
{
    /// <summary>The dispute outcome "still running": a code of the report, not a value of <see cref="DisputeOutcome"/>.</summary>
    public const string PendingOutcome = "pending";

#pragma warning disable CS8524 // an unnamed enum value never reaches these switches; a new named one must not compile without its texts
    public static readonly IReadOnlyList<FigureMember<Channel>> Channels = Enum.GetValues<Channel>().Select(c => c switch
    {
        Channel.Web => Member(c, "formulir daring", "Web", "Web", RequestCodes.Label(c)),
        Channel.InPerson => Member(c, "datang langsung", "Langsung", "Lang\u00ADsung", RequestCodes.Label(c)),
        Channel.Letter => Member(c, "surat", "Surat", "Surat"),
        Channel.Email => Member(c, "e-mail", "E-mail", "E-mail"),
        Channel.Phone => Member(c, "telepon", "Telepon", "Tele\u00ADpon"),
        Channel.WhatsApp => Member(c, "WhatsApp", "WA", "WA"),
        Channel.Other => Member(c, "lainnya", "Lainnya", "Lain"),
    }).ToList();

    public static readonly IReadOnlyList<FigureMember<Decision>> Decisions = Enum.GetValues<Decision>().Select(d => d switch
    {
        Decision.GrantedFull => Member(d, "dikabulkan seluruhnya", "Penuh", "Penuh", RequestCodes.Label(d)),
        Decision.GrantedPartial => Member(d, "dikabulkan sebagian", "Sebagian", "Seba\u00ADgian", RequestCodes.Label(d)),
        Decision.RejectedExempt => Member(d, "ditolak (dikecualikan)", "Ditolak", "Ditolak", RequestCodes.Label(d)),
        Decision.NotHeld => Member(d, "belum dikuasai", "Belum dikuasai", "Belum di\u00ADkuasai", RequestCodes.Label(d)),
        Decision.NotDocumented => Member(d, "belum didokumentasikan", "Belum didok.", "Belum di\u00ADdok.", RequestCodes.Label(d)),
        Decision.HeldByOtherBody => Member(d, "dikuasai badan publik lain", "Badan lain", "Badan lain", RequestCodes.Label(d)),
    }).ToList();

    public static readonly IReadOnlyList<FigureMember<ObjectionDecision>> ObjectionDecisions = Enum.GetValues<ObjectionDecision>().Select(d => d switch
    {
        ObjectionDecision.Accepted => new FigureMember<ObjectionDecision>(d, ObjectionCodes.Code(d), "diterima", Label: "Keberatan diterima (informasi diberikan)"),
        ObjectionDecision.Rejected => new FigureMember<ObjectionDecision>(d, ObjectionCodes.Code(d), "ditolak", Label: "Keberatan ditolak (keputusan PPID dikuatkan)"),
        ObjectionDecision.Settled => new FigureMember<ObjectionDecision>(d, ObjectionCodes.Code(d), "diselesaikan", Label: "Diselesaikan dengan musyawarah"),
        ObjectionDecision.Withdrawn => new FigureMember<ObjectionDecision>(d, ObjectionCodes.Code(d), "ditarik", Label: "Dicabut pemohon"),
    }).ToList();

    /// <summary>The outcomes of disputes, then "still running" (<see cref="PendingOutcome"/>, key null).</summary>
    public static readonly IReadOnlyList<FigureMember<DisputeOutcome?>> DisputeOutcomes = Enum.GetValues<DisputeOutcome>().Select(o => o switch
    {
        DisputeOutcome.MediationSuccess => new FigureMember<DisputeOutcome?>(o, ObjectionCodes.Code(o), "mediasi berhasil", Label: "Mediasi berhasil"),
        DisputeOutcome.AdjudicationForApplicant => new FigureMember<DisputeOutcome?>(o, ObjectionCodes.Code(o), "ajudikasi memenangkan pemohon", Label: "Ajudikasi: dimenangkan pemohon"),
        DisputeOutcome.AdjudicationForPublicBody => new FigureMember<DisputeOutcome?>(o, ObjectionCodes.Code(o), "ajudikasi memenangkan badan publik", Label: "Ajudikasi: dimenangkan badan publik"),
        DisputeOutcome.Withdrawn => new FigureMember<DisputeOutcome?>(o, ObjectionCodes.Code(o), "dicabut", Label: "Dicabut"),
    }).Append(new FigureMember<DisputeOutcome?>(null, PendingOutcome, "masih berjalan", Label: "Dalam proses")).ToList();
#pragma warning restore CS8524

    /// <summary>Pasal 17 letters and "another law" (<see cref="RequestCodes.ExemptionBases"/>).</summary>
    public static readonly IReadOnlyList<FigureMember<string>> ExemptionBases = RequestCodes.ExemptionBases.Select(b => b == "other_law"
        ? new FigureMember<string>(b, b, "undang-undang lain", Label: "Undang-undang lain")
        : new FigureMember<string>(b, b, "Pasal 17 huruf " + b[2..], Label: "Pasal 17 huruf " + b[2..])).ToList();

    /// <summary>The grounds of an objection, UU 14/2008 Pasal 35(1) letters (<see cref="ObjectionCodes.Grounds"/>).</summary>
    public static readonly IReadOnlyList<FigureMember<string>> Grounds = ObjectionCodes.Grounds.Select(g => new FigureMember<string>(g, g, g)).ToList();

    public static readonly IReadOnlyList<DaysBucket> ProcessingDaysBuckets =
    [
        new("0-3", 0, 3),
        new("4-7", 4, 7),
        new("8-10", 8, ServiceDeadlines.NoticeDays),
        new("11-17", ServiceDeadlines.NoticeDays + 1, ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays),
        new(">17", ServiceDeadlines.NoticeDays + ServiceDeadlines.ExtensionDays + 1, int.MaxValue),
    ];

    private static readonly (string Key, string Name) Requests = ("requests", "Permohonan"), Objections = ("objections", "Keberatan"), Disputes = ("disputes", "Sengketa");

    /// <summary>Every figure of one unit (or the total), in the order of the CSV and XLSX columns.</summary>
    public static readonly IReadOnlyList<ReportFigure> All =
    [
        Scalar(Requests, "received", "Diterima", "received", "Permohonan diterima", f => f.Requests.Received),
        .. Group(Requests, "byChannel", "Saluran", "channel_", "Saluran: ", Channels, f => f.Requests.ByChannel),
        Scalar(Requests, "withdrawn", "Ditarik", "withdrawn", "Ditarik", f => f.Requests.Withdrawn),
        Scalar(Requests, "decided", "Diputus", "decided", "Diputus", f => f.Requests.Decided),
        Scalar(Requests, "pending", "Belum diputus", "pending", "Belum diputus", f => f.Requests.Pending),
        .. Group(Requests, "byDecision", "Keputusan", "decision_", "Keputusan: ", Decisions, f => f.Requests.ByDecision),
        .. Group(Requests, "exemptions", "Alasan pengecualian", "exemption_", "Pengecualian: ", ExemptionBases, f => f.Requests.Exemptions),
        Scalar(Requests, "extended", "Diperpanjang", "extended", "Diperpanjang", f => f.Requests.Extended),
        Scalar(Requests, "onTime", "Tepat waktu", "on_time", "Tepat waktu", f => f.Requests.OnTime),
        Scalar(Requests, "late", "Terlambat", "late", "Terlambat", f => f.Requests.Late),
        Scalar(Requests, "overdue", "Lewat tenggat", "overdue", "Lewat tenggat", f => f.Requests.Overdue),
        Days("mean", "rerata", "days_mean", "Rerata hari kerja", f => f.Requests.ProcessingDays?.Mean),
        Days("median", "median", "days_median", "Median hari kerja", f => f.Requests.ProcessingDays?.Median),
        Days("min", "terpendek", "days_min", "Hari kerja tersingkat", f => f.Requests.ProcessingDays?.Min),
        Days("max", "terpanjang", "days_max", "Hari kerja terlama", f => f.Requests.ProcessingDays?.Max),
        .. Group(Requests, "processingDaysDistribution", "Sebaran waktu pemenuhan", "days_", "Waktu penyelesaian: ",
            ProcessingDaysBuckets.Select(b => new FigureMember<string>(b.Code, b.Code, b.Header)).ToList(), f => f.Requests.ProcessingDaysDistribution),
        Scalar(Objections, "received", "Diterima", "objections_received", "Keberatan diterima", f => f.Objections.Received),
        Scalar(Objections, "decided", "Diputus", "objections_decided", "Keberatan ditanggapi", f => f.Objections.Decided),
        Scalar(Objections, "pending", "Belum diputus", "objections_pending", "Keberatan belum ditanggapi", f => f.Objections.Pending),
        .. Group(Objections, "byGround", "Alasan keberatan", "objection_ground_", "Alasan keberatan: huruf ", Grounds, f => f.Objections.ByGround),
        .. Group(Objections, "byDecision", "Keputusan", "objection_", "Tanggapan keberatan: ", ObjectionDecisions, f => f.Objections.ByDecision),
        Scalar(Objections, "onTime", "Tepat waktu", "objections_on_time", "Keberatan ditanggapi tepat waktu", f => f.Objections.OnTime),
        Scalar(Objections, "late", "Terlambat", "objections_late", "Keberatan ditanggapi terlambat", f => f.Objections.Late),
        Scalar(Disputes, "received", "Diterima", "disputes_received", "Sengketa diterima", f => f.Disputes.Received),
        .. Group(Disputes, "byOutcome", "Hasil", "dispute_", "Sengketa: ", DisputeOutcomes, f => f.Disputes.ByOutcome),
        Scalar(Disputes, "courtCases", "Gugatan ke pengadilan", "court_cases", "Sengketa berlanjut ke pengadilan", f => f.Disputes.CourtCases),
    ];

    /// <summary>
    /// The Indonesian name of each named part of the figures' paths ("requests" → Permohonan, "byDecision" →
    /// Keputusan, "mean" → rerata); a part has one name wherever it appears.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Names = All
        .SelectMany(f => f.Path.Split('.').Zip(f.Names, (part, name) => (part, name)))
        .Where(p => p.name is not null)
        .GroupBy(p => p.part, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.name!).Distinct(StringComparer.Ordinal).Single(), StringComparer.Ordinal);

    private static FigureMember<T> Member<T>(T key, string header, string heading, string printHeading, string? title = null) where T : struct, Enum =>
        new(key, RequestCodes.Code(key), header, heading, printHeading, title);

    private static ReportFigure Scalar((string Key, string Name) section, string key, string name, string column, string header, Func<Figures, object?> read) =>
        new($"{section.Key}.{key}", column, header, [section.Name, name], read);

    private static ReportFigure Days(string key, string name, string column, string header, Func<Figures, object?> read) =>
        new($"{Requests.Key}.processingDays.{key}", column, header, [Requests.Name, "Waktu pemenuhan (hari kerja)", name], read);

    private static IEnumerable<ReportFigure> Group<T>((string Key, string Name) section, string key, string name, string columnPrefix, string headerPrefix,
        IReadOnlyList<FigureMember<T>> members, Func<Figures, IReadOnlyDictionary<string, int>> read) =>
        members.Select(m => new ReportFigure($"{section.Key}.{key}.{m.Code}", columnPrefix + m.Code, headerPrefix + m.Header, [section.Name, name, null],
            f => read(f)[m.Code]));
}
