using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.PublicRequests;

/// <summary>
/// The public intake API (README, "HTTP API"): POST /api/v1/requests registers a request through
/// <see cref="RegisterRequest"/> like the web form; GET /api/v1/requests/status answers with the tracking code.
/// </summary>
public static class IntakeApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The one answer for an unknown number and for a wrong code (so numbers can't be probed).</summary>
    private static readonly ProblemDetails NotFoundProblem = new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = "No request with this registration number and tracking code.",
    };

    /// <summary>
    /// A key sent again with another body (IETF draft-ietf-httpapi-idempotency-key-header §2.7): nothing is registered
    /// and nothing of the first request is returned.
    /// </summary>
    private static readonly ProblemDetails KeyReusedProblem = new()
    {
        Type = "https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/",
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "Idempotency-Key reused",
        Detail = "This Idempotency-Key was already used with a different request body. Send a new key for a new request.",
    };

    public static void MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/requests").WithTags(ApiTags.Requests);
        api.MapPost("", SubmitAsync).RequireRateLimiting(RateLimits.PublicSubmissions).DisableAntiforgery()
            .WithName("submitRequest")
            .WithSummary("Register a request for public information")
            .WithDescription("The same use case as the online form: channel web, received today in the body's time zone. " +
                             "A 201 means the request is durably stored. With an Idempotency-Key, a retry with the same body answers the first request again " +
                             "for 24 hours; the same key with another body answers 422.")
            .Accepts<IntakeBody>("application/json")
            .Produces<SubmittedRequest>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/status", StatusAsync).RequireRateLimiting(RateLimits.Tracking)
            .WithName("getRequestStatus")
            .WithSummary("Status of a request, with its tracking code")
            .WithDescription("A wrong code is answered exactly like an unknown number (404), so numbers can't be probed.")
            .Produces<RequestStatusAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest http, RegisterRequest register,
        [FromHeader(Name = "Idempotency-Key"), Description("Makes retries safe: the same key with the same body answers the first request again for 24 hours (1–150 characters).")] string? key,
        CancellationToken ct)
    {
        if (key is not null && (key.Trim().Length == 0 || key.Length > RegisterRequest.MaxIdempotencyKeyLength))
            return Problem("Idempotency-Key", $"must be 1 to {RegisterRequest.MaxIdempotencyKeyLength} characters");

        RegisterRequest.Input? input;
        try
        {
            input = await JsonSerializer.DeserializeAsync<RegisterRequest.Input>(http.Body, Json, ct);
        }
        catch (JsonException e)
        {
            return Problem(e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body", "is not valid JSON for this field");
        }

        if (input is null) return Problem("body", "a JSON object is required");
        input.Channel = null;
        input.ReceivedDate = null;
        var result = await register.SubmitAsync(input, [], key is null ? null : "api:" + key, ct);
        if (result.KeyReused)
            return Results.Json(KeyReusedProblem, statusCode: StatusCodes.Status422UnprocessableEntity, contentType: "application/problem+json");
        if (result.Request is not { } r)
            return Results.ValidationProblem(result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        var answer = new SubmittedRequest(r.RegistrationNumber, r.TrackingCode, r.ReceivedDate, r.Deadline);
        return Results.Created($"/api/v1/requests/status?number={Uri.EscapeDataString(r.RegistrationNumber)}", answer);
    }

    private static async Task<IResult> StatusAsync(
        [Description("The registration number on the receipt.")] string? number,
        [Description("The tracking code on the receipt.")] string? code,
        AppDbContext db, CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().ByTracking(number, code)
            .Select(x => new { x.RegistrationNumber, x.Status, x.ReceivedDate, x.Deadline, x.Decision, x.NoticeDate })
            .FirstOrDefaultAsync(ct);
        if (r is null) return Results.Json(NotFoundProblem, statusCode: StatusCodes.Status404NotFound, contentType: "application/problem+json");
        return Results.Ok(new RequestStatusAnswer(
            r.RegistrationNumber, RequestCodes.Code(r.Status), r.ReceivedDate, r.Deadline,
            r.Decision is { } d ? RequestCodes.Code(d) : null, r.NoticeDate));
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
