using SipPpid.Domain;
using SipPpid.Infrastructure.Forms;

namespace SipPpid.Features.Requests;

/// <summary>What <see cref="RegisterRequest"/> takes (the form, the API body, the desk entry) and what it answers.</summary>
public sealed partial class RegisterRequest
{
    public sealed record Upload(FileKind Kind, string FileName, Stream Content);

    public sealed class Input
    {
        public string? UnitCode { get; set; }
        public string? ApplicantType { get; set; }
        public string? ApplicantName { get; set; }
        public string? ApplicantNik { get; set; }
        public string? ApplicantEmail { get; set; }
        public string? ApplicantPhone { get; set; }
        public string? ApplicantAddress { get; set; }
        public string? ApplicantOccupation { get; set; }
        public string? RepresentedParty { get; set; }
        public string? InformationRequested { get; set; }
        public string? Purpose { get; set; }
        public string? ObtainMethod { get; set; }
        public string? CopyFormat { get; set; }
        public string? DeliveryMethod { get; set; }

        /// <summary>Desk entry only: how it came in and the actual receipt date (never in the future).</summary>
        public string? Channel { get; set; }
        public DateOnly? ReceivedDate { get; set; }
    }

    public sealed record Result(InformationRequest? Request, IReadOnlyList<FieldError> Errors)
    {
        public bool Succeeded => Request is not null;

        /// <summary>True when an earlier submission with the same idempotency key is answered again.</summary>
        public bool Replayed { get; init; }

        /// <summary>
        /// True when the idempotency key was used before with a different submission: nothing is registered and the
        /// earlier request is not revealed (the API answers 422).
        /// </summary>
        public bool KeyReused { get; init; }
    }
}
