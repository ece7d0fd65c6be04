using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SipPpid.Features.Requests;

namespace SipPpid.Features.PublicRequests;

/// <summary>
/// The body of POST /api/v1/requests as the OpenAPI document describes it (README, "HTTP API"; codes as
/// in the register CSV): the public fields of <see cref="RegisterRequest.Input"/>, which the endpoint reads and
/// <see cref="RegisterRequest"/> checks (a test keeps the two lists equal).
/// </summary>
public sealed record IntakeBody
{
    [Description("Code of the unit the request is addressed to; default the PPID Utama.")]
    public string? UnitCode { get; init; }

    [Description("individual, organization or proxy.")]
    [Required]
    public string? ApplicantType { get; init; }

    [Required]
    public string? ApplicantName { get; init; }

    [Description("16 digits; required unless the applicant is an organization.")]
    public string? ApplicantNik { get; init; }

    [Description("E-mail or phone (at least one); e-mail when the copy is delivered by e-mail.")]
    public string? ApplicantEmail { get; init; }

    public string? ApplicantPhone { get; init; }
    [Required]
    public string? ApplicantAddress { get; init; }
    public string? ApplicantOccupation { get; init; }

    [Description("Whom a proxy applicant represents; required for applicantType proxy.")]
    public string? RepresentedParty { get; init; }

    [Required]
    public string? InformationRequested { get; init; }
    [Required]
    public string? Purpose { get; init; }

    [Description("view or copy.")]
    [Required]
    public string? ObtainMethod { get; init; }

    [Description("With obtainMethod copy: softcopy, hardcopy or both.")]
    public string? CopyFormat { get; init; }

    [Description("With obtainMethod copy: pickup, courier, post, fax or email.")]
    public string? DeliveryMethod { get; init; }
}

/// <summary>The 201 answer: the receipt's number and tracking code, the receipt date and the notice's deadline.</summary>
public sealed record SubmittedRequest(string RegistrationNumber, string TrackingCode, DateOnly ReceivedDate, DateOnly Deadline);

/// <summary>The status answer; decision and noticeDate are null until decided.</summary>
public sealed record RequestStatusAnswer(
    string RegistrationNumber, string Status, DateOnly ReceivedDate, DateOnly Deadline, string? Decision, DateOnly? NoticeDate);

public static class IntakeCodeLists
{
    /// <summary>The allowed codes of each coded field, from the one list the API itself checks against.</summary>
    private static readonly Dictionary<string, IEnumerable<string>> Codes = new()
    {
        ["applicantType"] = RequestCodes.ApplicantTypes.Keys,
        ["obtainMethod"] = RequestCodes.ObtainMethods.Keys,
        ["copyFormat"] = RequestCodes.CopyFormats.Keys,
        ["deliveryMethod"] = RequestCodes.DeliveryMethods.Keys,
        ["status"] = RequestCodes.Statuses.Keys,
        ["decision"] = RequestCodes.Decisions.Keys,
    };

    /// <summary>OpenAPI schema transformer: lists each coded field's values as the schema's enum.</summary>
    public static Task ListCodes(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(IntakeBody) && context.JsonTypeInfo.Type != typeof(RequestStatusAnswer)) return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (!Codes.TryGetValue(name, out var codes) || property is not OpenApiSchema field) continue;
            var values = codes.Select(c => (JsonNode)JsonValue.Create(c)).ToList();
            if (field.Type?.HasFlag(JsonSchemaType.Null) == true) values.Add(null!);
            field.Enum = values;
        }

        return Task.CompletedTask;
    }
}
