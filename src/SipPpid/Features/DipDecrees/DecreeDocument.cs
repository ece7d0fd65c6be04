using SipPpid.Features.Settings;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// What a decree's annex prints (<c>_DecreeDocument.cshtml</c>): the decree's heading and signature, the frozen rows
/// of one unit or of every unit, the snapshot's SHA-256, and the file's verification code with its QR code.
/// </summary>
public sealed record DecreeDocument(
    Letterhead Letterhead, string Number, DateOnly Date, string Place, string SignatoryName, string SignatoryNip, int Version,
    string UnitName, bool Consolidated, DipTable Table, string EntriesSha256, string Code, string VerifyUrl, string QrDataUri);
