using System.Xml.Linq;
using SipPpid.Features.Reports.Archive;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Tests.Reports.Archive;

public sealed class ArchiveRulesTests
{
    [Fact]
    public void Verification_codes_are_typable_and_read_back_in_any_case_with_or_without_dashes()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCodes.New()).ToList();
        Assert.Equal(200, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$", c));
        Assert.All(codes, c => Assert.Equal(c, VerificationCodes.Normalize(" " + c.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() + " ")));
        Assert.Null(VerificationCodes.Normalize("ABCD-EFGH-IJK0")); // I and 0 are never used
        Assert.Null(VerificationCodes.Normalize("ABCD-EFGH"));
        Assert.Null(VerificationCodes.Normalize(null));
        Assert.Equal("https://ppid.kalbarprov.go.id/Verifikasi/ABCD-EFGH-JKMN", VerificationCodes.VerifyUrl("https://ppid.kalbarprov.go.id/", "ABCD-EFGH-JKMN"));
    }

    [Fact]
    public void Compare_lists_each_differing_figure_per_unit_and_in_the_total()
    {
        const string before = """
            {"report":"service","units":[{"code":"A","name":"Unit A","requests":{"received":2,"processingDays":null},"objections":{"received":0},"disputes":{"received":0}}],
             "total":{"requests":{"received":2,"processingDays":null},"objections":{"received":0},"disputes":{"received":0}}}
            """;
        const string after = """
            {"report":"service","units":[{"code":"A","name":"Unit A","requests":{"received":3,"processingDays":{"mean":1.5,"median":1.5,"min":1,"max":2}},"objections":{"received":0},"disputes":{"received":0}},
                                         {"code":"N","name":"Unit Baru","requests":{"received":0,"processingDays":null},"objections":{"received":0},"disputes":{"received":0}}],
             "total":{"requests":{"received":3,"processingDays":null},"objections":{"received":1},"disputes":{"received":0}}}
            """;
        var changes = ArchiveCorrections.Compare(before, after);
        Assert.Contains(new FigureChange("A", "Unit A", "requests.received", "2", "3"), changes);
        Assert.Contains(new FigureChange("A", "Unit A", "requests.processingDays.mean", "–", "1.5"), changes);
        Assert.Contains(new FigureChange(null, "Jumlah", "requests.received", "2", "3"), changes);
        Assert.Contains(new FigureChange(null, "Jumlah", "objections.received", "0", "1"), changes);
        Assert.Contains(changes, c => c.UnitCode == "N" && c.Figure == "requests.received" && c.Before == "–" && c.After == "0");
        Assert.DoesNotContain(changes, c => c.UnitCode != "N" && c.Figure.StartsWith("disputes", StringComparison.Ordinal));
        Assert.Empty(ArchiveCorrections.Compare(before, before));
    }

    [Fact]
    public void Compare_skips_a_figure_the_archived_copy_does_not_have()
    {
        // Finalized before "requests.extended" and "disputes.courtCases" existed: not a correction, whatever today's value.
        const string before = """
            {"report":"service","units":[{"code":"A","name":"Unit A","requests":{"received":2},"objections":{"received":0},"disputes":{"received":0}}],
             "total":{"requests":{"received":2},"objections":{"received":0},"disputes":{"received":0}}}
            """;
        const string after = """
            {"report":"service","units":[{"code":"A","name":"Unit A","requests":{"received":2,"extended":1},"objections":{"received":0},"disputes":{"received":0,"courtCases":1}},
                                         {"code":"N","name":"Unit Baru","requests":{"received":0,"extended":0},"objections":{"received":0},"disputes":{"received":0,"courtCases":0}}],
             "total":{"requests":{"received":2,"extended":1},"objections":{"received":0},"disputes":{"received":0,"courtCases":1}}}
            """;
        var changes = ArchiveCorrections.Compare(before, after);
        Assert.Equal(
        [
            new FigureChange("N", "Unit Baru", "requests.received", "–", "0"),
            new FigureChange("N", "Unit Baru", "objections.received", "–", "0"),
            new FigureChange("N", "Unit Baru", "disputes.received", "–", "0"),
        ], changes);
    }

    [Fact]
    public void Every_figure_label_has_an_english_translation()
    {
        var resx = XDocument.Load(Path.Combine(Shell.TranslationTests.RepoRoot(), "src", "SipPpid", "Resources", "SharedResource.en.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        Assert.All(FigureLabels.Names.Values, label => Assert.Contains(label, keys));
        Assert.Equal([("Permohonan", true), ("Keputusan", true), ("granted_full", false)], FigureLabels.Parts("requests.byDecision.granted_full"));
    }
}
