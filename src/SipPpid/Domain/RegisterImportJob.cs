namespace SipPpid.Domain;

/// <summary>
/// An uploaded register waiting for, or going through, the import. The file itself is kept in the row until the
/// import has run, so any instance on the database may run it; progress, result, the first errors and the rejects
/// file are kept in the row too, so any instance can show them.
/// </summary>
public sealed class RegisterImportJob
{
    public const int FileNameMaxLength = 200;

    public Guid Id { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public string CreatedByName { get; set; } = "";

    /// <summary>The path of the uploader's unit subtree ("/PROV/DINKES/"); null for a body-wide user.</summary>
    public string? ScopePath { get; set; }

    public string FileName { get; set; } = "";
    public bool IsXlsx { get; set; }
    public bool SkipInvalid { get; set; }
    public long FileSize { get; set; }

    /// <summary>The uploaded bytes; cleared once the import has ended.</summary>
    public byte[]? Content { get; set; }

    public RegisterImportState State { get; set; }
    public RegisterImportPhase Phase { get; set; }

    /// <summary>Units of work done and to do in the current phase (bytes while reading, rows after).</summary>
    public long Done { get; set; }

    public long Total { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>The instance running the import and until when it holds it (renewed while it runs); a crashed instance's job is taken over after that.</summary>
    public string? Runner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }
    public int Attempts { get; set; }

    public int Added { get; set; }
    public int Skipped { get; set; }
    public int Rejected { get; set; }
    public int ErrorCount { get; set; }

    /// <summary>The first errors (refused file) or reasons (rejected rows) as JSON: [{"Line":…,"Column":…,"Reason":…}].</summary>
    public string? ErrorsJson { get; set; }

    /// <summary>The rejected rows with their reasons (CSV), when invalid rows were skipped.</summary>
    public byte[]? RejectsCsv { get; set; }

    /// <summary>Why the import failed unexpectedly (shown to the uploader; details are in the log).</summary>
    public string? Failure { get; set; }

    public bool IsFinished => State is RegisterImportState.Succeeded or RegisterImportState.Refused or RegisterImportState.Failed;
}

public enum RegisterImportState
{
    Queued,
    Running,

    /// <summary>Imported (with or without skipped invalid rows).</summary>
    Succeeded,

    /// <summary>The file had errors; nothing was imported.</summary>
    Refused,

    /// <summary>An unexpected error; nothing was imported.</summary>
    Failed,
}

public enum RegisterImportPhase
{
    Waiting,
    Reading,
    Checking,
    Writing,
    Done,
}
