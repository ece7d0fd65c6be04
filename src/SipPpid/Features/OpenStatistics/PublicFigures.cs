using System.Text.Json.Serialization;
using SipPpid.Features.Reports;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// The open statistics of one period (the JSON download, the CSV rows and the page): per unit and in total, taken
/// from the service report's figures (<see cref="ServiceReport"/>) with the small-number rule applied
/// (<see cref="OpenStatisticsRules.Comparable"/>). Codes are the report contract's.
/// </summary>
public sealed record PublicStatistics(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("asOf")] string AsOf,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("unitName")] string UnitName,
    [property: JsonPropertyName("minimumDecided")] int MinimumDecided,
    [property: JsonPropertyName("units")] IReadOnlyList<PublicUnitFigures> Units,
    [property: JsonPropertyName("total")] PublicUnitFigures Total);

/// <summary>
/// One row: a unit (with everything below it, <see cref="Subtree"/>), or the unit asked for alone (what it handles
/// itself), or the total. When not <see cref="Comparable"/>, the on-time and late counts, the on-time share and the
/// median are null and <see cref="Note"/> says why.
/// </summary>
public sealed record PublicUnitFigures(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("subtree")] bool Subtree,
    [property: JsonPropertyName("hasSubunits")] bool HasSubunits,
    [property: JsonPropertyName("comparable")] bool Comparable,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("requests")] PublicRequestFigures Requests,
    [property: JsonPropertyName("objections")] PublicObjectionFigures Objections,
    [property: JsonPropertyName("disputes")] PublicDisputeFigures Disputes)
{
    public static PublicUnitFigures From(string code, string name, bool subtree, bool hasSubunits, Figures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var r = f.Requests;
        var comparable = OpenStatisticsRules.Comparable(r.Decided);
        var requests = new PublicRequestFigures(r.Received, r.Decided, r.Withdrawn, r.Pending,
            comparable ? r.OnTime : null, comparable ? r.Late : null,
            comparable && r.Decided > 0 ? Math.Round(100m * r.OnTime / r.Decided, 1, MidpointRounding.AwayFromZero) : null,
            comparable ? r.ProcessingDays?.Median : null, r.ByDecision, r.Exemptions);
        var objections = new PublicObjectionFigures(f.Objections.Received, f.Objections.Decided, f.Objections.Pending, f.Objections.ByDecision);
        return new PublicUnitFigures(code, name, subtree, hasSubunits, comparable, comparable ? null : OpenStatisticsRules.TooFew, requests, objections,
            new PublicDisputeFigures(f.Disputes.Received, f.Disputes.ByOutcome));
    }
}

public sealed record PublicRequestFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("decided")] int Decided,
    [property: JsonPropertyName("withdrawn")] int Withdrawn,
    [property: JsonPropertyName("pending")] int Pending,
    [property: JsonPropertyName("onTime")] int? OnTime,
    [property: JsonPropertyName("late")] int? Late,
    [property: JsonPropertyName("onTimePercent")] decimal? OnTimePercent,
    [property: JsonPropertyName("medianDays")] decimal? MedianDays,
    [property: JsonPropertyName("byDecision")] IReadOnlyDictionary<string, int> ByDecision,
    [property: JsonPropertyName("exemptions")] IReadOnlyDictionary<string, int> Exemptions);

public sealed record PublicObjectionFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("decided")] int Decided,
    [property: JsonPropertyName("pending")] int Pending,
    [property: JsonPropertyName("byDecision")] IReadOnlyDictionary<string, int> ByDecision);

public sealed record PublicDisputeFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("byOutcome")] IReadOnlyDictionary<string, int> ByOutcome);
