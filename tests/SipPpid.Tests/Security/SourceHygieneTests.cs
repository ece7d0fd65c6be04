using System.Text.RegularExpressions;
using SipPpid.Tests.Shell;

namespace SipPpid.Tests.Security;

/// <summary>
/// What the Content-Security-Policy relies on and what must never be committed, checked in the sources: no inline
/// script, event handler or style in any view (they would be blocked, or force 'unsafe-inline'), and no private key,
/// cloud token or password in the app's sources and settings.
/// </summary>
public sealed partial class SourceHygieneTests
{
    private static readonly string Src = Path.Combine(TranslationTests.RepoRoot(), "src", "SipPpid");

    private static IEnumerable<string> Files(string root, params string[] extensions) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static List<string> Findings(IEnumerable<string> files, Regex pattern) =>
        files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Src, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

    [Fact]
    public void Views_have_no_inline_script_event_handler_or_style()
    {
        var views = Files(Src, ".cshtml").ToList();
        Assert.True(views.Count > 40, $"only {views.Count} views found: the scan is broken");
        var found = Findings(views, InlineCode());
        Assert.True(found.Count == 0, "Move these into wwwroot/js or wwwroot/css (the CSP blocks them):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_sources_and_settings_hold_no_secrets()
    {
        var files = Files(Src, ".cs", ".cshtml", ".json", ".js", ".css", ".resx").ToList();
        var found = Findings(files, Secret());
        Assert.True(found.Count == 0, "Secrets belong in environment variables or a secret store, not in the repository:\n" + string.Join("\n", found));
        // The only password in the sources is the demo's, and it works only in demo mode (see DemoModeTests).
        var demo = Path.Combine("Features", "Demo", "DemoProvince.cs");
        Assert.DoesNotContain(Findings(files, PasswordLiteral()), f => !f.StartsWith(demo, StringComparison.Ordinal));
    }

    /// <summary>
    /// A script element without src, an on...= handler attribute, a style attribute or element, a javascript: URL, htmx's
    /// hx-on. The one exception is a <c>&lt;style data-print-only&gt;</c> element: a page-margin rule of a document that is
    /// only ever printed to PDF by Chromium from a file (the finalized report's verification code in every footer), which
    /// no browser is served and which CSS can't express otherwise (margin boxes don't see the document's attributes).
    /// </summary>
    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=\s*["']|\sstyle\s*=|<style\b(?! data-print-only>)|javascript:|\shx-on""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    [GeneratedRegex("""-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9-]+|sk_live_[A-Za-z0-9]+|(?i:(password|pwd)=[^;"'…\s$]{2,})""")]
    private static partial Regex Secret();

    /// <summary>A password given as a literal: "Password = "…"" or one in the demo's style ("Demo-Kalbar-2026").</summary>
    [GeneratedRegex("""Password\s*=\s*"[^"]{6,}"|"[A-Z][a-z]+-[A-Z][a-z]+-20[0-9]{2}"|Password=[^;"…$]""")]
    private static partial Regex PasswordLiteral();
}
