using System.Globalization;
using System.Text.Json.Serialization;

namespace SipPpid.Features.Survey;

/// <summary>
/// The `report survey` JSON of contracts.md, written once for the command line, the report API and the download:
/// every unit of the scope, then the total. Figures keep their display rounding (NRR 2 decimals, IKM 3, IKM konversi 2),
/// null where not computable.
/// </summary>
public sealed record SurveyReportJson(
    [property: JsonPropertyName("report")] string Report,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("units")] IReadOnlyList<SurveyUnitJson> Units,
    [property: JsonPropertyName("total")] SurveyUnitJson Total)
{
    public static SurveyReportJson Of(SurveyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("survey", Iso(report.From), Iso(report.To), report.UnitCode, [.. report.Units.Select(SurveyUnitJson.From)], SurveyUnitJson.From(report.Total));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One unit's (or the total's, <see cref="Code"/> null) figures in <see cref="SurveyReportJson"/>.</summary>
public sealed record SurveyUnitJson(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("respondents")] int Respondents,
    [property: JsonPropertyName("nrr")] SurveyNrrJson Nrr,
    [property: JsonPropertyName("ikm")] decimal? Ikm,
    [property: JsonPropertyName("ikmConverted")] decimal? IkmConverted,
    [property: JsonPropertyName("grade")] string? Grade,
    [property: JsonPropertyName("population")] int Population,
    [property: JsonPropertyName("minimumSample")] int MinimumSample,
    [property: JsonPropertyName("sampleAdequate")] bool SampleAdequate)
{
    public static SurveyUnitJson From(SurveyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var i = result.Index;
        // Adding a zero of the wanted scale writes every figure with its decimals (4.00, not 4).
        return new(result.Code, result.Name, i.Respondents, SurveyNrrJson.From(i.Nrr), i.Ikm + 0.000m, i.Converted + 0.00m, i.Grade,
            result.Population, result.MinimumSample, result.SampleAdequate);
    }
}

/// <summary>NRR per element, u1…u9 (2 decimals; null for an element nobody answered).</summary>
public sealed record SurveyNrrJson(
    [property: JsonPropertyName("u1")] decimal? U1,
    [property: JsonPropertyName("u2")] decimal? U2,
    [property: JsonPropertyName("u3")] decimal? U3,
    [property: JsonPropertyName("u4")] decimal? U4,
    [property: JsonPropertyName("u5")] decimal? U5,
    [property: JsonPropertyName("u6")] decimal? U6,
    [property: JsonPropertyName("u7")] decimal? U7,
    [property: JsonPropertyName("u8")] decimal? U8,
    [property: JsonPropertyName("u9")] decimal? U9)
{
    public static SurveyNrrJson From(IReadOnlyList<decimal?> nrr)
    {
        ArgumentNullException.ThrowIfNull(nrr);
        var n = nrr.Select(v => v + 0.00m).ToArray();
        return new(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }
}
