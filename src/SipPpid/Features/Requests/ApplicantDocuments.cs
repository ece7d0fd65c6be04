using SipPpid.Domain;

namespace SipPpid.Features.Requests;

/// <summary>
/// The identity documents each applicant type attaches to an online request (Perki 1/2021): a person the KTP, an
/// organisation its deed (akta pendirian / anggaran dasar), a proxy the KTP and the power of attorney.
/// </summary>
public static class ApplicantDocuments
{
    /// <summary>The documents <paramref name="type"/> needs, each with the message (a resource key) shown when it is missing.</summary>
    public static IReadOnlyList<(FileKind Kind, string Missing)> Required(ApplicantType type) => type switch
    {
        ApplicantType.Organization => [(FileKind.Deed, "Lampirkan akta pendirian atau anggaran dasar badan hukum / kelompok.")],
        ApplicantType.Proxy =>
        [
            (FileKind.IdentityCard, "Lampirkan pindaian KTP Anda."),
            (FileKind.PowerOfAttorney, "Lampirkan surat kuasa."),
        ],
        _ => [(FileKind.IdentityCard, "Lampirkan pindaian KTP Anda.")],
    };
}
