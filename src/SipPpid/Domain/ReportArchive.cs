namespace SipPpid.Domain;

/// <summary>
/// A finalized Laporan Layanan Informasi Publik (SOP step 3, softcopy): an immutable snapshot of one period and
/// unit subtree — the printed PDF, the figures JSON exactly as the engine produced it, who finalized it and when,
/// the PDF's SHA-256 and a verification code printed (with a QR code) on the document. Rows are never updated:
/// finalizing the same period and unit again adds the next <see cref="Version"/>, which supersedes the earlier ones.
/// </summary>
public sealed class ReportArchive
{
    public int Id { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>The unit's code and name as printed (a unit may be renamed later).</summary>
    public string UnitCode { get; set; } = "";
    public string UnitName { get; set; } = "";

    /// <summary>1, 2, ... per period and unit; the highest is in force.</summary>
    public int Version { get; set; }

    /// <summary>"7K3M-Q9TD-X2HC": typed on the public verification page, printed on every page.</summary>
    public string VerificationCode { get; set; } = "";

    /// <summary>
    /// The instant the figures were taken (before they were computed): a request event recorded after it may have
    /// changed them (the archive's "Koreksi setelah final").
    /// </summary>
    public DateTime FinalizedAtUtc { get; set; }
    public string? FinalizedByUserId { get; set; }
    public string FinalizedByName { get; set; } = "";

    /// <summary>The service report JSON (as `report service` and GET /api/v1/reports/service give it), as the engine produced it.</summary>
    public string FiguresJson { get; set; } = "";

    /// <summary>The PDF as printed and handed out; kept in the database with its row (see README, "Report archive").</summary>
    public byte[] Pdf { get; set; } = [];
    public long PdfSize { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>.</summary>
    public string PdfSha256 { get; set; } = "";
}

/// <summary>SOP step 3, hardcopy: where the printed copy of an archived report was filed. Each record is kept.</summary>
public sealed class ReportFiling
{
    public int Id { get; set; }
    public int ArchiveId { get; set; }
    public ReportArchive? Archive { get; set; }
    public DateOnly FiledOn { get; set; }

    /// <summary>The person who filed the paper copy (free text: often not a user of the system).</summary>
    public string FiledBy { get; set; } = "";

    /// <summary>Lemari (cabinet).</summary>
    public string Cabinet { get; set; } = "";

    /// <summary>Map (folder).</summary>
    public string Folder { get; set; } = "";
    public string? Notes { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string? RecordedByUserId { get; set; }
    public string RecordedByName { get; set; } = "";
}
