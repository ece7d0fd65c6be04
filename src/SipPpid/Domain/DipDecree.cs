namespace SipPpid.Domain;

/// <summary>
/// A Penetapan DIP: the PPID Utama's decree (Keputusan PPID tentang Daftar Informasi Publik) that fixes the body's
/// published DIP as it stood at <see cref="DecreedAtUtc"/>. The entries are frozen in <see cref="EntriesJson"/>
/// and printed from it (never from the live table), so editing an entry later changes no decree. Never updated
/// or deleted: a new decree is a new version.
/// </summary>
public sealed class DipDecree
{
    public int Id { get; set; }

    /// <summary>1, 2, ...: the body's decrees in order.</summary>
    public int Version { get; set; }

    /// <summary>The decree's number as written on it (unique).</summary>
    public string Number { get; set; } = "";

    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public string SignatoryName { get; set; } = "";
    public string SignatoryNip { get; set; } = "";
    public DateTime DecreedAtUtc { get; set; }
    public string? DecreedByUserId { get; set; }
    public string DecreedByName { get; set; } = "";
    public int EntryCount { get; set; }

    /// <summary>The published entries at the decree's instant (a JSON array of DipListRow): the snapshot every file prints.</summary>
    public string EntriesJson { get; set; } = "";

    /// <summary>SHA-256 of <see cref="EntriesJson"/>'s UTF-8 bytes, printed on every annex: the snapshot it was printed from.</summary>
    public string EntriesSha256 { get; set; } = "";

    public List<DipDecreeFile> Files { get; set; } = [];
}

/// <summary>
/// One printed annex of a decree: the consolidated one (<see cref="UnitId"/> null, printed with the decree) or one
/// unit's (printed on its first download, then kept). Its verification code is fixed at the decree; its SHA-256 is
/// of the stored bytes.
/// </summary>
public sealed class DipDecreeFile
{
    public int Id { get; set; }
    public int DecreeId { get; set; }
    public DipDecree? Decree { get; set; }

    /// <summary>The unit whose entries the annex lists; null for the consolidated annex (every unit).</summary>
    public int? UnitId { get; set; }
    public string UnitCode { get; set; } = "";
    public string UnitName { get; set; } = "";
    public int EntryCount { get; set; }
    public string VerificationCode { get; set; } = "";

    /// <summary>The PDF, null until printed (a unit's annex is printed on its first download).</summary>
    public byte[]? Pdf { get; set; }
    public string? PdfSha256 { get; set; }
    public DateTime? PrintedAtUtc { get; set; }
}
