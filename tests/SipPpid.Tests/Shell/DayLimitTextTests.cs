using System.Text.RegularExpressions;
using SipPpid.Infrastructure.Localization;

namespace SipPpid.Tests.Shell;

/// <summary>
/// The legal day limits are constants (<see cref="ServiceDeadlines"/>); the texts take their numbers from them
/// (issue 13 item 1), so a changed constant changes every page, mail and letter. A number of days typed into a text
/// (Indonesian or English, in figures or in words) fails here.
/// </summary>
public sealed partial class DayLimitTextTests
{
    /// <summary>The rule files state the limits (in their constants and comments).</summary>
    private static readonly string[] Exempt =
    [
        Path.Combine("Rules", ""),
    ];

    [Fact]
    public void No_text_types_a_day_limit()
    {
        var src = Path.Combine(TranslationTests.RepoRoot(), "src", "SipPpid");
        var found = new List<string>();
        var scanned = 0;
        foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".resx", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}PgMigrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(src, file);
            if (Exempt.Any(e => relative.StartsWith(e, StringComparison.Ordinal))) continue;
            scanned++;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("@*", StringComparison.Ordinal)) continue;
                if (TypedLimit().Match(lines[i]) is { Success: true } m) found.Add($"{relative}:{i + 1}: {m.Value}");
            }
        }

        Assert.True(scanned > 200, $"only {scanned} files scanned: the scan is broken");
        Assert.True(found.Count == 0, "Day limits typed in texts (take them from ServiceDeadlines):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_the_phrasings_the_texts_used()
    {
        string[] typed =
        [
            "paling lambat 10 hari kerja", "diperpanjang 7 hari kerja", "dalam 30 hari kerja", "(14 hari kerja sejak {1})",
            "hari kerja ke-10", "atau ke-17 bila", "30 (tiga puluh) hari kerja", "14 (empat belas)", "batas waktu 10 (atau 17) hari kerja",
            "within 10 working days", "(working day 10)", "extended by 7 working days",
        ];
        Assert.All(typed, t => Assert.Matches(TypedLimit(), t));
        Assert.DoesNotMatch(TypedLimit(), "{0} hari kerja");
        Assert.DoesNotMatch(TypedLimit(), "{1} hari libur dan cuti bersama; {0} hari kerja dalam tahun ini");
    }

    [Fact]
    public void A_limit_reads_in_figures_and_words_as_the_letters_write_it()
    {
        Assert.Equal("tiga puluh", NumberWords.Indonesian(ServiceDeadlines.ObjectionFilingDays));
        Assert.Equal("empat belas", NumberWords.Indonesian(ServiceDeadlines.DisputeFilingDays));
        Assert.Equal("tujuh", NumberWords.Indonesian(ServiceDeadlines.ExtensionDays));
        Assert.Equal("sepuluh", NumberWords.Indonesian(ServiceDeadlines.NoticeDays));
        Assert.Equal("sebelas", NumberWords.Indonesian(11));
        Assert.Equal("tujuh belas", NumberWords.Indonesian(17));
        Assert.Equal("dua puluh satu", NumberWords.Indonesian(21));
        Assert.Equal("dua ratus lima belas", NumberWords.Indonesian(215));
    }

    [GeneratedRegex(@"\b(7|10|14|17|30) (\([a-z ]+\) )?(hari|working[ -]day)|\b(ke-|day )(10|17)\b|\b(10|17) \(atau|\((tujuh|sepuluh|empat belas|tujuh belas|tiga puluh)\)")]
    private static partial Regex TypedLimit();
}
