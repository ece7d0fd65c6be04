namespace SipPpid.Domain;

public enum FileKind { IdentityCard, Deed, PowerOfAttorney, LetterScan, InformationProvided, Other }

/// <summary>An uploaded file; the bytes live outside the web root under the storage folder.</summary>
public sealed class RequestFile
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public FileKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>Path relative to the storage folder.</summary>
    public string StorageKey { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }
}
