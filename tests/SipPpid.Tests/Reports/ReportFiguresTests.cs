using System.Text.Json;
using SipPpid.Domain;
using SipPpid.Features.Reports;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The catalog of the report's figures (<see cref="ReportFigures"/>) describes exactly the figures of the JSON: a
/// figure added to the records but not to the catalog (or the reverse) fails here, as does an accessor that reads
/// another figure than its path names.
/// </summary>
public sealed class ReportFiguresTests
{
    [Fact]
    public void The_catalog_names_every_figure_of_the_json_once_and_reads_the_value_the_json_carries()
    {
        var tally = new Tally { Withdrawn = 1, Extended = 2, Overdue = 3, OnTime = 4, ObjectionsReceived = 9, ObjectionsOnTime = 1, DisputesReceived = 6, CourtCases = 1 };
        tally.Channels[Channel.Web] = 20;
        tally.Channels[Channel.WhatsApp] = 3;
        tally.Days[2] = 5;
        tally.Days[12] = 6;
        tally.Decisions[Decision.GrantedPartial] = 7;
        tally.Decisions[Decision.RejectedExempt] = 4;
        tally.Exemptions["17c"] = 4;
        tally.Grounds["e"] = 2;
        tally.ObjectionDecisions[ObjectionDecision.Settled] = 3;
        tally.Outcomes[DisputeOutcome.AdjudicationForPublicBody] = 2;
        var figures = ServiceReport.Compute([tally]);

        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(string path, JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject()) Walk(path.Length == 0 ? p.Name : path + "." + p.Name, p.Value);
            else leaves[path] = e.GetRawText();
        }

        Walk("", JsonSerializer.SerializeToElement(figures));
        Assert.Equal(leaves.Keys.Order(StringComparer.Ordinal), ReportFigures.All.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(ReportFigures.All, f => Assert.Equal(leaves[f.Path], JsonSerializer.Serialize(f.Read(figures))));
        Assert.Equal(ReportFigures.All.Count, ReportFigures.All.Select(f => f.Column).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ReportFigures.All.Count, ReportFigures.All.Select(f => f.Header).Distinct(StringComparer.Ordinal).Count());

        // The typed accessors read the groups by their enumerations.
        Assert.Equal((20, 3, 7, 3, 2, 6 - 2), (figures.Requests.Of(Channel.Web), figures.Requests.Of(Channel.WhatsApp), figures.Requests.Of(Decision.GrantedPartial),
            figures.Objections.Of(ObjectionDecision.Settled), figures.Disputes.Of(DisputeOutcome.AdjudicationForPublicBody), figures.Disputes.Of(null)));
    }
}
