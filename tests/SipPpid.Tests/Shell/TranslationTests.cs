using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SipPpid.Tests.Shell;

/// <summary>Indonesian is the key; every text the UI shows must have its English twin in the resource file.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void Every_localized_text_has_an_english_translation()
    {
        var root = RepoRoot();
        var src = Path.Combine(root, "src", "SipPpid");
        var resx = XDocument.Load(Path.Combine(src, "Resources", "SharedResource.en.resx"));
        var translated = resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Lookup().Matches(text)) used.Add(m.Groups[1].Value);
            foreach (Match m in Annotation().Matches(text)) used.Add(m.Groups[2].Value);
        }

        Assert.True(used.Count > 150, $"only {used.Count} texts found: the scan is broken");
        var missing = used.Where(k => !translated.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
        Assert.All(translated, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [GeneratedRegex("""\b[Tt]\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex Lookup();

    [GeneratedRegex("""\b(ErrorMessage|Display\(Name) = "((?:[^"\\]|\\.)+)""")]
    private static partial Regex Annotation();

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SipPpid.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SipPpid.slnx not found above " + AppContext.BaseDirectory);
    }
}

public sealed class CodeLabelTranslationTests
{
    [Fact]
    public void Every_label_of_every_request_code_has_an_english_translation()
    {
        var resx = System.Xml.Linq.XDocument.Load(Path.Combine(TranslationTests.RepoRoot(), "src", "SipPpid", "Resources", "SharedResource.en.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var labels = new List<string>();
        labels.AddRange(Enum.GetValues<SipPpid.Domain.Channel>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.ApplicantType>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.ObtainMethod>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.CopyFormat>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.DeliveryMethod>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.Decision>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.RequestStatus>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.RequestEventKind>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.FileKind>().Select(v => SipPpid.Features.Requests.RequestCodes.Label(v)));
        labels.AddRange(SipPpid.Infrastructure.Auth.Roles.All.Select(SipPpid.Infrastructure.Auth.Roles.DisplayName));
        labels.AddRange(Enum.GetValues<SipPpid.Domain.RegisterImportState>().Select(SipPpid.Features.RegisterImport.ImportStateText.State));
        labels.AddRange([SipPpid.Features.RegisterImport.RegisterImportRunner.GaveUp, SipPpid.Features.RegisterImport.RegisterImportRunner.Unexpected]);
        var missing = labels.Where(l => !keys.Contains(l)).Distinct().ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
        Assert.DoesNotContain(labels, l => Enum.GetNames<SipPpid.Domain.RequestEventKind>().Contains(l)); // every value has a label
    }
}
