using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SipPpid.Features.ApiTokens;

/// <summary>
/// The secret of an API token: "ppid_" and 32 random bytes in base64url. 256 random bits make an unsalted
/// SHA-256 safe to store and to look up by (nothing to brute-force), and the fixed shape lets a malformed
/// header be refused without touching the database.
/// </summary>
public static class ApiTokenSecret
{
    public const string Marker = "ppid_";
    private const int RandomBytes = 32;
    private const int PrefixLength = 12;

    /// <summary>Length of every secret: the marker and 43 base64url characters.</summary>
    public static readonly int Length = Marker.Length + Base64UrlLength(RandomBytes);

    public sealed record Issued(string Secret, string Prefix, string Hash);

    public static Issued Generate()
    {
        var secret = Marker + Base64Url(RandomNumberGenerator.GetBytes(RandomBytes));
        return new Issued(secret, secret[..PrefixLength], Hash(secret));
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksValid(string candidate) =>
        candidate.Length == Length && candidate.StartsWith(Marker, StringComparison.Ordinal) &&
        candidate.AsSpan(Marker.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static int Base64UrlLength(int bytes) => (bytes * 4 + 2) / 3;
}
