using SipPpid.Domain;
using SipPpid.Features.Requests;

namespace SipPpid.Features.PublicRequests;

/// <summary>
/// The public request form's fields. They carry the names of <see cref="RegisterRequest.Input"/> in PascalCase,
/// so an error keyed by the API's camelCase name ("applicantNik") belongs to the field "Form.ApplicantNik".
/// </summary>
public sealed class PublicRequestForm
{
    public const string Prefix = "Form";

    public string? UnitCode { get; set; }
    public string? ApplicantType { get; set; } = "individual";
    public string? ApplicantName { get; set; }
    public string? ApplicantNik { get; set; }
    public string? ApplicantEmail { get; set; }
    public string? ApplicantPhone { get; set; }
    public string? ApplicantAddress { get; set; }
    public string? ApplicantOccupation { get; set; }
    public string? RepresentedParty { get; set; }
    public string? InformationRequested { get; set; }
    public string? Purpose { get; set; }
    public string? ObtainMethod { get; set; } = "view";
    public string? CopyFormat { get; set; }
    public string? DeliveryMethod { get; set; }

    public IFormFile? IdentityCard { get; set; }
    public IFormFile? Deed { get; set; }
    public IFormFile? PowerOfAttorney { get; set; }

    /// <summary>Honeypot: hidden from people by CSS; a bot that fills it registers nothing.</summary>
    public string? Referensi { get; set; }

    /// <summary>One GUID per rendering of the form: submitting it twice registers one request.</summary>
    public string? Token { get; set; }

    public bool HasFiles => IdentityCard is not null || Deed is not null || PowerOfAttorney is not null;

    public RegisterRequest.Input ToInput() => new()
    {
        UnitCode = UnitCode,
        ApplicantType = ApplicantType,
        ApplicantName = ApplicantName,
        ApplicantNik = ApplicantNik,
        ApplicantEmail = ApplicantEmail,
        ApplicantPhone = ApplicantPhone,
        ApplicantAddress = ApplicantAddress,
        ApplicantOccupation = ApplicantOccupation,
        RepresentedParty = RepresentedParty,
        InformationRequested = InformationRequested,
        Purpose = Purpose,
        ObtainMethod = ObtainMethod,
        CopyFormat = CopyFormat,
        DeliveryMethod = DeliveryMethod,
    };

    /// <summary>The uploads chosen; the caller disposes the streams.</summary>
    public List<RegisterRequest.Upload> Uploads()
    {
        var uploads = new List<RegisterRequest.Upload>();
        void Add(IFormFile? file, FileKind kind)
        {
            if (file is { Length: > 0 } || file is { FileName.Length: > 0 })
                uploads.Add(new(kind, file.FileName, file.OpenReadStream()));
        }

        Add(IdentityCard, FileKind.IdentityCard);
        Add(Deed, FileKind.Deed);
        Add(PowerOfAttorney, FileKind.PowerOfAttorney);
        return uploads;
    }

    /// <summary>"applicantNik" → "Form.ApplicantNik".</summary>
    public static string FieldOf(string apiField) =>
        string.IsNullOrEmpty(apiField) ? "" : $"{Prefix}.{char.ToUpperInvariant(apiField[0])}{apiField[1..]}";

    public static string NewToken() => Guid.NewGuid().ToString("D");

    public static bool IsToken(string? token) => Guid.TryParseExact(token, "D", out _);
}
