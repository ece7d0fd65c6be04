using System.Globalization;
using System.Text;

namespace SipPpid.Infrastructure.Storage;

/// <summary>
/// Names of uploaded files. A download is named from what the file is (its kind, its request and the extension of
/// the type recognised from its content), never from the name it was uploaded with: a PDF + HTML polyglot uploaded
/// as <c>polyglot.html</c> downloads as <c>….pdf</c>. The uploaded name is kept only as text to show (HTML-encoded
/// by the views), cleaned of control, bidirectional-override and path characters.
/// </summary>
public static class FileNames
{
    /// <summary>The longest name kept for display (the column holds 255).</summary>
    public const int DisplayMaxLength = 200;

    /// <summary>The extension of each type <see cref="FileStore"/> accepts, chosen by content.</summary>
    public static string ExtensionOf(string contentType) => ContentTypes.ExtensionOf(contentType);

    /// <summary>
    /// A download name <c>PREFIX-PART-PART.ext</c>: each part cleaned (path separators and anything outside letters,
    /// digits, '-' and '_' become '-'), the extension from <paramref name="contentType"/>.
    /// </summary>
    public static string ForDownload(string contentType, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var name = string.Join("-", parts.Select(Token).Where(p => p.Length > 0));
        return (name.Length == 0 ? "berkas" : name) + ExtensionOf(contentType);
    }

    /// <summary>
    /// The uploaded name as display text: the last path segment (either separator), without control characters (C0, C1),
    /// format characters (bidirectional overrides such as U+202E, zero-width characters), unpaired surrogates or the
    /// characters Windows forbids in names; trimmed of spaces and dots; at most <see cref="DisplayMaxLength"/> characters.
    /// </summary>
    public static string Display(string? uploaded)
    {
        var name = uploaded ?? "";
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0) name = name[(slash + 1)..];
        var kept = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                kept.Append(c).Append(name[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
                || c is ':' or '*' or '?' or '"' or '<' or '>' or '|')
                continue;
            kept.Append(c);
        }

        var clean = kept.ToString().Trim(' ', '.');
        if (clean.Length > DisplayMaxLength) clean = clean[^DisplayMaxLength..].TrimStart(' ', '.');
        return clean.Length == 0 ? "berkas" : clean;
    }

    private static string Token(string part)
    {
        var b = new StringBuilder(part.Length);
        foreach (var c in part) b.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        return b.ToString().Trim('-');
    }
}
