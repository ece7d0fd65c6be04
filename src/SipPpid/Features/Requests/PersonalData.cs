using System.Security.Claims;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Requests;

/// <summary>
/// Who sees an applicant's identity: the full NIK and the documents that show it (the KTP scan, a power of attorney,
/// which carries the NIKs of both parties). One rule for both, so that a role shown a masked NIK cannot download the
/// scan that shows it. The officers who process requests (PPID Utama, PPID Pembantu within their scope) need the
/// identity to verify the applicant; Admin and Atasan PPID see the NIK masked and cannot open these documents.
/// </summary>
public static class PersonalData
{
    public static bool SeesIdentity(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.PpidUtama) || user.IsInRole(Roles.PpidPembantu);
    }

    /// <summary>The uploads that show a NIK, and whose every download is recorded in the audit trail.</summary>
    public static bool IsIdentityDocument(FileKind kind) => kind is FileKind.IdentityCard or FileKind.PowerOfAttorney;

    /// <summary>Whether <paramref name="user"/> may open a file of <paramref name="kind"/> (of a request in their scope).</summary>
    public static bool MayOpen(ClaimsPrincipal user, FileKind kind) => !IsIdentityDocument(kind) || SeesIdentity(user);

    /// <summary>The audit action of a download of an identity document.</summary>
    public const string DownloadAction = "identity-document.download";
}
