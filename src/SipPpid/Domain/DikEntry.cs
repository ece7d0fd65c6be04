namespace SipPpid.Domain;

/// <summary>The legal bases of an exemption: UU 14/2008 Pasal 17 letters a–j, or another law (contract codes).</summary>
public static class ExemptionBasis
{
    public const string OtherLaw = "other_law";

    /// <summary>Every code, in the order forms and tables list them.</summary>
    public static readonly IReadOnlyList<string> Codes = ["17a", "17b", "17c", "17d", "17e", "17f", "17g", "17h", "17i", "17j", OtherLaw];

    /// <summary>
    /// UU 14/2008 Pasal 20(1): the exemptions of Pasal 17 a–f are never permanent, so their DIK entries need an end
    /// date. The others may run "tanpa batas waktu" with a reason.
    /// </summary>
    public static readonly IReadOnlyList<string> Temporary = ["17a", "17b", "17c", "17d", "17e", "17f"];
}

/// <summary>Cakupan: the whole item is withheld, or only parts of it (blacked out in the copy provided).</summary>
public enum DikScope
{
    Full,
    Partial,
}

/// <summary>
/// In force (citable while its period runs, see <see cref="Rules.DikRules"/>), or released: the information is public
/// again (and moved to the DIP). Expiry is not a stored state: an entry in force whose period has ended is expired.
/// </summary>
public enum DikStatus
{
    InForce,
    Released,
}

/// <summary>
/// One entry of a unit's Daftar Informasi yang Dikecualikan: the consequence test (uji konsekuensi, Perki 1/2017) of
/// one exempted item and its current Surat Penetapan Klasifikasi. The fields are those of the current decree; every
/// decree keeps its own frozen copy (<see cref="DikDecree.WorksheetJson"/>), so a correction (a new decree) never
/// changes a letter already signed. Every change is also a <see cref="DikEntryEvent"/> and an audit entry.
/// </summary>
public sealed class DikEntry
{
    public const int InformationMaxLength = 1000;
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 300;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>The entry's number in its unit's list (1, 2, ...), never reused (NumberSequence kind "dik").</summary>
    public int Number { get; set; }

    /// <summary>Informasi yang dikecualikan: which information or document, precisely.</summary>
    public string Information { get; set; } = "";

    /// <summary>Dasar pengecualian: a code of <see cref="ExemptionBasis.Codes"/>.</summary>
    public string Basis { get; set; } = "";

    /// <summary>The exact article(s) cited ("UU 14/2008 Pasal 17 huruf h angka 2; UU 36/2009 Pasal 57").</summary>
    public string LegalReference { get; set; } = "";

    /// <summary>Konsekuensi: the harm disclosure would cause.</summary>
    public string Consequence { get; set; } = "";

    /// <summary>Pertimbangan kepentingan publik: why withholding serves a greater public interest.</summary>
    public string PublicInterest { get; set; } = "";

    public DikScope Scope { get; set; }

    /// <summary>For a partial exemption: which parts are blacked out.</summary>
    public string? WithheldParts { get; set; }

    /// <summary>Jangka waktu pengecualian: the last day the exemption holds; null = tanpa batas waktu (not for 17a–17f).</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>Why the exemption has no end date (required when <see cref="PeriodEnd"/> is null).</summary>
    public string? NoEndReason { get; set; }

    /// <summary>Who ran the test: the team or officials (free text, one per line).</summary>
    public string TestTeam { get; set; } = "";

    /// <summary>The head of the body (or the official delegated) who agreed to the exemption, and when.</summary>
    public string HeadName { get; set; } = "";

    public DateOnly? HeadAgreedOn { get; set; }

    /// <summary>The body chose to publish the worksheet itself (otherwise it is staff-only; the list is always public).</summary>
    public bool WorksheetPublic { get; set; }

    public DikStatus Status { get; set; }

    /// <summary>When released: the day, the reason, and the DIP entry the information moved to.</summary>
    public DateOnly? ReleasedOn { get; set; }
    public string? ReleaseReason { get; set; }
    public int? ReleasedToDipEntryId { get; set; }

    /// <summary>
    /// The period end for which the 30-day expiry notice was sent (null: none yet). A new decree with a later end
    /// makes the entry due for a new notice.
    /// </summary>
    public DateOnly? ExpiryNoticeFor { get; set; }

    /// <summary>
    /// The request whose refusal ran the test ("uji konsekuensi saat permohonan"), if any. No foreign key: the request
    /// points to its entry, and the model's keys must not form a cycle (backup and copy insert table by table).
    /// </summary>
    public int? SourceRequestId { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime ChangedAtUtc { get; set; }

    /// <summary>Every decree of the entry; the one in force is the one not superseded (<see cref="DikDecree.SupersededById"/> null).</summary>
    public List<DikDecree> Decrees { get; set; } = [];
}

/// <summary>Why a decree was made: the first test, a new test that extends or renews it, or a correction.</summary>
public enum DikDecreeKind
{
    Initial,
    Retest,
    Correction,

    /// <summary>Entered from an existing spreadsheet by <c>import dik</c> (no place or NIP on record).</summary>
    Imported,
}

/// <summary>
/// A Surat Penetapan Klasifikasi (Perki 1/2017 Pasal 4): the PPID's decree that fixes one DIK entry — the type of
/// exempt information, the PPID who set it, the body and unit, the exemption period, the reasons, place and date.
/// Immutable once made: the worksheet is frozen in <see cref="WorksheetJson"/>; a correction or a re-test is a new
/// decree that supersedes it. Its number is unique within the unit.
/// </summary>
public sealed class DikDecree
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public DikEntry? Entry { get; set; }

    /// <summary>The entry's unit (copied so the number can be unique per unit).</summary>
    public int UnitId { get; set; }

    public DikDecreeKind Kind { get; set; }
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public string SignatoryName { get; set; } = "";
    public string SignatoryNip { get; set; } = "";

    /// <summary>The exemption period this decree sets (copied from the worksheet for queries).</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The entry's worksheet as decreed (JSON), printed on the letter; never changed.</summary>
    public string WorksheetJson { get; set; } = "";

    /// <summary>
    /// The decree this one supersedes (a correction or a re-test), and the one that superseded this (null: the entry's
    /// decree in force). Plain ids within the same entry, no foreign keys.
    /// </summary>
    public int? SupersedesId { get; set; }
    public int? SupersededById { get; set; }

    public string VerificationCode { get; set; } = "";

    /// <summary>The printed letter, kept from its first print; its SHA-256 is shown on /Verifikasi.</summary>
    public byte[]? Pdf { get; set; }
    public string? PdfSha256 { get; set; }
    public DateTime? PrintedAtUtc { get; set; }

    public DateTime DecreedAtUtc { get; set; }
    public string? DecreedByUserId { get; set; }
    public string DecreedByName { get; set; } = "";
}

public enum DikEventKind
{
    Created,
    Retested,
    Corrected,
    Released,
    ExpiryNoticeSent,
    Imported,
}

/// <summary>One step of a DIK entry's history (what, when, who, why).</summary>
public sealed class DikEntryEvent
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public DikEntry? Entry { get; set; }
    public DikEventKind Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public DateOnly Date { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public int? DecreeId { get; set; }
    public DikDecree? Decree { get; set; }
    public string? Note { get; set; }
}
