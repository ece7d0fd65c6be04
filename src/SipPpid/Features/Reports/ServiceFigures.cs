using System.Text.Json.Serialization;
using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Features.Requests;

namespace SipPpid.Features.Reports;

/// <summary>
/// The service report's figures exactly as the report's published JSON contract names them (the JSON of `report service`). The groups keep
/// the contract codes as JSON keys; code reads them by enumeration (<c>Of(Decision.GrantedFull)</c>) or iterates
/// <see cref="ReportFigures"/>, never by a typed string.
/// </summary>
public sealed record ServiceReportResult(
    [property: JsonPropertyName("report")] string Report,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("asOf")] string AsOf,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("units")] IReadOnlyList<UnitFigures> Units,
    [property: JsonPropertyName("total")] Figures Total)
{
    /// <summary>
    /// The period has not ended (<c>asOf</c> before <c>to</c>): the figures are provisional (<i>sementara</i>) and every
    /// rendering says so (<see cref="ReportPeriod.IsProvisional"/>; ISO dates compare as strings).
    /// </summary>
    [JsonIgnore]
    public bool Provisional => string.CompareOrdinal(AsOf, To) < 0;
}

public sealed record UnitFigures(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("parentCode")] string? ParentCode,
    [property: JsonPropertyName("requests")] RequestFigures Requests,
    [property: JsonPropertyName("objections")] ObjectionFigures Objections,
    [property: JsonPropertyName("disputes")] DisputeFigures Disputes);

public sealed record Figures(
    [property: JsonPropertyName("requests")] RequestFigures Requests,
    [property: JsonPropertyName("objections")] ObjectionFigures Objections,
    [property: JsonPropertyName("disputes")] DisputeFigures Disputes);

public sealed record RequestFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("byChannel")] IReadOnlyDictionary<string, int> ByChannel,
    [property: JsonPropertyName("withdrawn")] int Withdrawn,
    [property: JsonPropertyName("decided")] int Decided,
    [property: JsonPropertyName("pending")] int Pending,
    [property: JsonPropertyName("byDecision")] IReadOnlyDictionary<string, int> ByDecision,
    [property: JsonPropertyName("exemptions")] IReadOnlyDictionary<string, int> Exemptions,
    [property: JsonPropertyName("extended")] int Extended,
    [property: JsonPropertyName("onTime")] int OnTime,
    [property: JsonPropertyName("late")] int Late,
    [property: JsonPropertyName("overdue")] int Overdue,
    [property: JsonPropertyName("processingDays")] ProcessingDays? ProcessingDays,
    [property: JsonPropertyName("processingDaysDistribution")] IReadOnlyDictionary<string, int> ProcessingDaysDistribution)
{
    public int Of(Channel channel) => ByChannel[RequestCodes.Code(channel)];

    public int Of(Decision decision) => ByDecision[RequestCodes.Code(decision)];
}

public sealed record ProcessingDays(
    [property: JsonPropertyName("mean")] decimal Mean,
    [property: JsonPropertyName("median")] decimal Median,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max")] int Max);

public sealed record ObjectionFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("byGround")] IReadOnlyDictionary<string, int> ByGround,
    [property: JsonPropertyName("decided")] int Decided,
    [property: JsonPropertyName("pending")] int Pending,
    [property: JsonPropertyName("byDecision")] IReadOnlyDictionary<string, int> ByDecision,
    [property: JsonPropertyName("onTime")] int OnTime,
    [property: JsonPropertyName("late")] int Late)
{
    public int Of(ObjectionDecision decision) => ByDecision[ObjectionCodes.Code(decision)];
}

public sealed record DisputeFigures(
    [property: JsonPropertyName("received")] int Received,
    [property: JsonPropertyName("byOutcome")] IReadOnlyDictionary<string, int> ByOutcome,
    [property: JsonPropertyName("courtCases")] int CourtCases)
{
    /// <summary>Disputes with this outcome as of the report's day; null: still running (<see cref="ReportFigures.PendingOutcome"/>).</summary>
    public int Of(DisputeOutcome? outcome) => ByOutcome[outcome is { } o ? ObjectionCodes.Code(o) : ReportFigures.PendingOutcome];
}
