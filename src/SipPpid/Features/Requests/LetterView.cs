using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Features.Settings;

namespace SipPpid.Features.Requests;

/// <summary>
/// One of the PPID's letters on a request, as the officers print it and as the applicant downloads it from the
/// tracking page: the Pemberitahuan Tertulis, the Surat Keputusan tentang Penolakan, the extension notice and the
/// Tanda Bukti Penyerahan Informasi. Each exists once its step was recorded.
/// </summary>
public sealed record LetterView(InformationRequest Item, Letterhead Letterhead, string Kind)
{
    /// <summary>The Surat Penetapan Klasifikasi a refusal or a partial grant cites (null for imported historical requests).</summary>
    public DikCitation? Citation { get; init; }

    public const string Notice = "pemberitahuan";
    public const string Rejection = "penolakan";
    public const string Extension = "perpanjangan";
    public const string Delivery = "penyerahan";

    /// <summary>The letters in the order of the request's life.</summary>
    public static readonly string[] Kinds = [Extension, Notice, Rejection, Delivery];

    public static bool Exists(InformationRequest r, string kind)
    {
        ArgumentNullException.ThrowIfNull(r);
        return kind switch
        {
            Notice => r.NoticeDate is not null,
            Rejection => r.Decision == Decision.RejectedExempt && r.NoticeDate is not null,
            Extension => r.ExtensionDate is not null,
            Delivery => r.DeliveredDate is not null,
            _ => false,
        };
    }

    /// <summary>The title printed on the letter (always Indonesian: it is an official letter).</summary>
    public static string Title(string kind) => kind switch
    {
        Rejection => "SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI",
        Extension => "PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU",
        Delivery => "TANDA BUKTI PENYERAHAN INFORMASI PUBLIK",
        _ => "PEMBERITAHUAN TERTULIS",
    };

    /// <summary>The name of the letter in a list of downloads (a resource key).</summary>
    public static string Label(string kind) => kind switch
    {
        Rejection => "Surat keputusan penolakan",
        Extension => "Surat perpanjangan jangka waktu",
        Delivery => "Tanda bukti penyerahan informasi",
        _ => "Pemberitahuan tertulis",
    };

    public string FileName => $"{Kind}-{Item.RegistrationNumber.Replace('/', '-')}.pdf";

    /// <summary>The date the letter bears.</summary>
    public DateOnly Dated => Kind switch
    {
        Extension => Item.ExtensionDate!.Value,
        Delivery => Item.DeliveredDate!.Value,
        _ => Item.NoticeDate!.Value,
    };
}
