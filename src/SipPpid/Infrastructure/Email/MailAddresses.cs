using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace SipPpid.Infrastructure.Email;

/// <summary>
/// The one check of an e-mail address, used by every form, the intake API, the register import and the staff
/// account command: the address must parse with the mailer's own parser (MimeKit, RFC-strict), be a bare address
/// (no display name, no route, no list) and have a plain dot-atom local part (no quoted string). So whatever is
/// accepted can be sent: an address the outbox cannot parse never gets in (issue 12.7).
/// </summary>
public static class MailAddresses
{
    /// <summary>The longest address SMTP carries (RFC 5321 §4.5.3.1.3 path limit, less the angle brackets).</summary>
    public const int MaxLength = 254;

    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return false;
        var a = address.Trim();
        return a.Length <= MaxLength
            && !a.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '\\')
            && MailboxAddress.TryParse(Strict, a, out var mailbox)
            && string.IsNullOrEmpty(mailbox.Name)
            && mailbox.Route.Count == 0
            && string.Equals(mailbox.Address, a, StringComparison.Ordinal)
            && mailbox.LocalPart.Length > 0
            && mailbox.Domain.Length > 0;
    }
}

/// <summary><see cref="MailAddresses.IsValid"/> for DataAnnotations input models; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class MailAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string s || s.Length == 0 || MailAddresses.IsValid(s);
}
