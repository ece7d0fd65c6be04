using System.Globalization;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Domain;

public enum FileKind { IdentityCard, Deed, PowerOfAttorney, LetterScan, InformationProvided, Other }

/// <summary>An uploaded file; the bytes live outside the web root under the storage folder.</summary>
public sealed class RequestFile
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public InformationRequest? Request { get; set; }
    public FileKind Kind { get; set; }
    /// <summary>The name it was uploaded with, cleaned (FileNames.Display): display text only, never a download's name.</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>Path relative to the storage folder.</summary>
    public string StorageKey { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedBy { get; set; }

    /// <summary>
    /// The name a download gets, from what the file is: <c>KTP-001-DINKES-I-2026.pdf</c> for the applicant's documents
    /// (one of each kind per request), with the file's id for the kinds a request may hold several of
    /// (<c>Informasi-001-DINKES-I-2026-17.pdf</c>); the extension of the type recognised from the content.
    /// </summary>
    public string DownloadName(string requestNumber)
    {
        var id = Id.ToString(CultureInfo.InvariantCulture);
        return Kind switch
        {
            FileKind.IdentityCard => FileNames.ForDownload(ContentType, "KTP", requestNumber),
            FileKind.Deed => FileNames.ForDownload(ContentType, "Akta", requestNumber),
            FileKind.PowerOfAttorney => FileNames.ForDownload(ContentType, "Surat-Kuasa", requestNumber, id),
            FileKind.LetterScan => FileNames.ForDownload(ContentType, "Surat", requestNumber, id),
            FileKind.InformationProvided => FileNames.ForDownload(ContentType, "Informasi", requestNumber, id),
            _ => FileNames.ForDownload(ContentType, "Berkas", requestNumber, id),
        };
    }
}
