using System.Security.Cryptography;
using QRCoder;

namespace SipPpid.Infrastructure.Verification;

/// <summary>
/// The verification code of an archived report and the QR code of its public check page. A code is 12 characters
/// in groups of four ("7K3M-Q9TD-X2HC", 60 random bits) from an alphabet without 0/O and 1/I, so it can be read off
/// paper and typed; the page accepts it in any case, with or without dashes.
/// </summary>
public static class VerificationCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        var c = RandomNumberGenerator.GetItems<char>(Alphabet, 12);
        return $"{new string(c, 0, 4)}-{new string(c, 4, 4)}-{new string(c, 8, 4)}";
    }

    /// <summary>The stored form of what a visitor typed, or null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        var c = (typed ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray();
        if (c.Length != 12 || c.Any(x => !Alphabet.Contains(x, StringComparison.Ordinal))) return null;
        return $"{new string(c, 0, 4)}-{new string(c, 4, 4)}-{new string(c, 8, 4)}";
    }

    /// <summary>The public page that confirms a document: "{PublicBaseUrl}/Verifikasi/{code}".</summary>
    public static string VerifyUrl(string publicBaseUrl, string code) => $"{publicBaseUrl.TrimEnd('/')}/Verifikasi/{code}";

    /// <summary>A PNG QR code of <paramref name="text"/> as a data URI, so the printed page fetches nothing.</summary>
    public static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(8));
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
