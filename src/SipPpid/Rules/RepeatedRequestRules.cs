using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>
/// When two granted requests asked for "the same information" (disclosure.md, the public portal: information
/// requested repeatedly is a candidate for the DIP). The rule is meant to be explained in one sentence to an
/// officer: two requests are alike when the first <see cref="SignificantWords"/> significant words of what they
/// asked for are the same words, in any order — ignoring capitals, punctuation, numbers (years, article numbers) and
/// the common words of a request ("salinan", "data", "mohon", "tahun", "dan"…).
/// </summary>
public static class RepeatedRequestRules
{
    /// <summary>How many significant words, from the start of the text, make a request's key.</summary>
    public const int SignificantWords = 4;

    /// <summary>Only requests received in this many months before today are compared (the list stays current and bounded).</summary>
    public const int Months = 12;

    /// <summary>At most this many of the latest granted requests are compared, whatever the volume.</summary>
    public const int Cap = 5000;

    /// <summary>A group needs at least this many requests to be "repeated".</summary>
    public const int MinimumRequests = 2;

    /// <summary>
    /// Indonesian function words and the words every request uses about itself (what form, which document, a
    /// year), which say nothing about the information asked for.
    /// </summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "yang", "dan", "atau", "di", "ke", "dari", "untuk", "pada", "dalam", "dengan", "tentang", "mengenai", "terkait", "atas", "oleh",
        "serta", "para", "ini", "itu", "tersebut", "adalah", "agar", "bagi", "sebagai", "secara", "akan", "sudah", "telah", "juga", "per",
        "se", "kami", "saya", "kita", "mohon", "minta", "meminta", "memohon", "permohonan", "permintaan", "informasi", "data", "dokumen",
        "salinan", "copy", "fotokopi", "softcopy", "hardcopy", "berupa", "tahun", "bulan", "th", "thn", "ta", "no", "nomor", "tgl",
        "tanggal", "the", "of", "and", "a", "an", "yth", "bapak", "ibu", "tolong", "harap", "dapat", "bisa", "diberikan", "memperoleh",
        "mendapatkan", "lengkap", "seluruh", "semua", "setiap",
    };

    /// <summary>A granted request: decided (a written notice) with access given in full or in part.</summary>
    public static Expression<Func<InformationRequest, bool>> Granted =>
        r => r.NoticeDate != null && r.Decision != null && DecisionRules.Granted.Contains(r.Decision.Value);

    /// <summary>The first day of the window compared on <paramref name="today"/>.</summary>
    public static DateOnly Since(DateOnly today) => today.AddMonths(-Months);

    /// <summary>The significant words of a text in order of appearance (lower case, without duplicates).</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        var current = new StringBuilder();
        void Flush()
        {
            var word = current.ToString();
            current.Clear();
            if (word.Length < 2 || word.All(char.IsDigit) || StopWords.Contains(word) || words.Contains(word)) return;
            words.Add(word);
        }

        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else Flush();
        }

        Flush();
        return words;
    }

    /// <summary>
    /// The key two alike requests share: the first <see cref="SignificantWords"/> significant words, sorted and
    /// joined by spaces; null when the text has no significant word (it is then compared with nothing).
    /// </summary>
    public static string? Key(string? text)
    {
        var words = Words(text).Take(SignificantWords).Order(StringComparer.Ordinal).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
