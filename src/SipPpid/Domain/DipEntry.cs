namespace SipPpid.Domain;

/// <summary>The three categories of public information a body must publish (UU 14/2008 Pasal 9, 10 and 11).</summary>
public enum DipCategory
{
    /// <summary>Pasal 9: published periodically, updated at least every six months.</summary>
    Berkala,

    /// <summary>Pasal 10: announced immediately when lives or public order are at stake, for a period.</summary>
    SertaMerta,

    /// <summary>Pasal 11: available at any time (on request or published).</summary>
    SetiapSaat,
}

/// <summary>The KI annex's "bentuk informasi".</summary>
public enum DipFormat
{
    Softcopy,
    Hardcopy,
    Both,
}

public enum DipStatus
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>
/// One entry of a unit's Daftar Informasi Publik: the KI annex's columns plus what the public portal needs. Content
/// changes set <see cref="UpdatedDate"/> (the "tanggal pemutakhiran" that the six-month rule for <c>berkala</c> entries
/// reads, <see cref="Rules.DipRules"/>); every change is also an <see cref="DipEntryEvent"/> and an audit entry.
/// </summary>
public sealed class DipEntry
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;
    public const int ShortTextMaxLength = 300;
    public const int UrlMaxLength = 2000;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>The entry's number in its unit's list (1, 2, ...), never reused (NumberSequence kind "dip").</summary>
    public int Number { get; set; }

    public DipCategory Category { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Ringkasan isi informasi.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Pejabat / unit yang menguasai informasi.</summary>
    public string Holder { get; set; } = "";

    /// <summary>Penanggung jawab pembuatan / penerbitan.</summary>
    public string Responsible { get; set; } = "";

    /// <summary>Waktu pembuatan, free text ("Maret 2025", "Setiap tahun").</summary>
    public string ProducedTime { get; set; } = "";

    /// <summary>Tempat pembuatan.</summary>
    public string ProducedPlace { get; set; } = "";

    public DipFormat Format { get; set; }

    /// <summary>Jangka waktu penyimpanan / retensi arsip, free text ("5 tahun", "Permanen").</summary>
    public string Retention { get; set; } = "";

    /// <summary>An external http(s) link to the document, when it is published elsewhere.</summary>
    public string? Url { get; set; }

    public DipStatus Status { get; set; }

    /// <summary>Tanggal terbit: first published (null while a draft that was never published).</summary>
    public DateOnly? PublishedDate { get; set; }

    /// <summary>Tanggal pemutakhiran: the last content change (set on publishing and on every content edit).</summary>
    public DateOnly? UpdatedDate { get; set; }

    /// <summary>Masa tayang of a serta-merta announcement: from (null: from publishing) ...</summary>
    public DateOnly? ShowFrom { get; set; }

    /// <summary>... until (null: until withdrawn).</summary>
    public DateOnly? ShowUntil { get; set; }

    /// <summary>Why it was withdrawn (shown to its unit; kept in the history).</summary>
    public string? WithdrawalReason { get; set; }

    /// <summary>The granted request whose answer was published as this entry ("publish this answer to the DIP").</summary>
    public int? SourceRequestId { get; set; }

    /// <summary>
    /// The names of the entry's documents, joined: kept by the code that adds or removes a document, so that the
    /// database's full-text index (SQLite FTS5 table DipEntriesFts; PostgreSQL's generated SearchVector column) covers
    /// them without a join.
    /// </summary>
    public string DocumentNames { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The last change of any kind (content, status, documents): an entry changed after a Penetapan DIP is marked.</summary>
    public DateTime ChangedAtUtc { get; set; }

    public List<DipDocument> Documents { get; set; } = [];
}

/// <summary>What a stored file is to its entry: the document itself, or an accessible alternative of it (Perki 1/2021).</summary>
public enum DipDocumentKind
{
    Document,
    AudioVersion,

    /// <summary>Large print or easy-read text.</summary>
    EasyRead,

    /// <summary>A braille-ready file.</summary>
    Braille,
}

/// <summary>A file of a DIP entry; the bytes live outside the web root under the storage folder, like <see cref="RequestFile"/>.</summary>
public sealed class DipDocument
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public DipEntry? Entry { get; set; }
    public DipDocumentKind Kind { get; set; }

    /// <summary>The uploaded name, cleaned for display (FileNames.Display).</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StorageKey { get; set; } = "";
    public string Sha256 { get; set; } = "";

    /// <summary>Public downloads so far (incremented in the database, so several instances count together).</summary>
    public long DownloadCount { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}

public enum DipEventKind
{
    Created,
    Published,
    Updated,
    Withdrawn,
    Republished,
    DocumentAdded,
    DocumentRemoved,
    Imported,
}

/// <summary>The entry's history: the public sees when it was published and updated; its unit sees every step and reason.</summary>
public sealed class DipEntryEvent
{
    public long Id { get; set; }
    public int EntryId { get; set; }
    public DipEntry? Entry { get; set; }
    public DipEventKind Kind { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The day in the body's time zone (BodyClock), as shown.</summary>
    public DateOnly Date { get; set; }
    public string? ActorUserId { get; set; }
    public string ActorName { get; set; } = "";
    public string? Reason { get; set; }
}
