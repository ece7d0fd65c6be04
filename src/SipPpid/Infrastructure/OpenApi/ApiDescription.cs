using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Infrastructure.OpenApi;

/// <summary>The API's tags (groups of endpoints), each with the description the document gives it.</summary>
public static class ApiTags
{
    public const string Calendar = "Working-day calendar";
    public const string Requests = "Requests (public)";
    public const string Reports = "Service report";
    public const string Dip = "Public information (DIP)";
    public const string Dik = "Exempted information (DIK)";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Calendar] = "The body's working days (Monday to Friday, less libur nasional and cuti bersama), from which every deadline " +
                     "is counted. Public.",
        [Requests] = "Registering a request for public information, and following it with its registration number and tracking " +
                     "code. Public and rate-limited.",
        [Reports] = "The statutory service report: per unit for staff, within their unit scope (API token or sign-in cookie); " +
                    "the body-wide totals of a period that has ended for anyone.",
        [Dip] = "The Daftar Informasi Publik: the information the body publishes (UU 14/2008 Pasal 9-11), searched with the " +
                "database's full-text search. Public and rate-limited.",
        [Dik] = "The Daftar Informasi yang Dikecualikan: the information the body withholds after a consequence test (UU 14/2008 " +
                "Pasal 17), with the legal basis, period and decree of each entry. Public and rate-limited.",
    };
}

/// <summary>
/// The OpenAPI description of the HTTP API at /openapi/v1.json: every /api/* endpoint (and nothing else), its
/// summary, parameters and answers as the endpoints declare them (each names its operationId with WithName); here
/// the document-wide parts: the two ways staff authenticate (the sign-in cookie in the browser, a bearer API token
/// for integrations), on every operation who may call it (staff: the token or the cookie, with the 401/403 answers;
/// anyone else: anonymous, an empty requirement), the tags' descriptions, the license and the server address.
/// `npx @redocly/cli lint` with its recommended rules passes on it (test.sh runs it).
/// </summary>
public static class ApiDescription
{
    public const string DocumentUrl = "/openapi/v1.json";
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddApiDescription(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            o.AddDocumentTransformer((doc, context, _) =>
            {
                doc.Info = new OpenApiInfo
                {
                    Title = "SIP PPID API",
                    Version = "v1",
                    Description = "Public intake and tracking of information requests (UU 14/2008), the working-day calendar, " +
                                  "and the statutory service report. Errors are RFC 7807 problem details. Staff endpoints accept " +
                                  "the sign-in cookie or an API token created under Pengaturan → Token API, sent as " +
                                  "`Authorization: Bearer ppid_…`; a token acts with its owner's current roles and unit scope.",
                };
                doc.Info.License = new OpenApiLicense
                {
                    Name = "Public information under Law No. 14/2008 (Keterbukaan Informasi Publik); terms of use are the publishing body's",
                    // The body's own site, where its terms are published.
                    Url = new Uri(context.ApplicationServices.GetRequiredService<IOptions<PpidOptions>>().Value.PublicBaseUrl),
                };
                doc.Tags = new HashSet<OpenApiTag>(ApiTags.Descriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
                // The request's address (scheme, host, path base), as generated, less the trailing slash.
                foreach (var server in doc.Servers ?? []) server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } url ? url : "/";
                doc.Components ??= new OpenApiComponents();
                doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                doc.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = "sipppid.auth",
                    Description = "The staff sign-in cookie (set by /Account/Login); for use from the browser.",
                };
                doc.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API token (ppid_…) from Pengaturan → Token API. Accepted on /api/* only.",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
                {
                    // Anyone: one empty requirement says "no credentials needed" (no security at all would say "not declared").
                    operation.Security = [new OpenApiSecurityRequirement()];
                    return Task.CompletedTask;
                }

                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                ];
                // The endpoint declares the problem bodies (ProducesProblem); these say when they happen.
                operation.Responses ??= new OpenApiResponses();
                Describe(operation.Responses, "401", "No valid credentials: no cookie, or an unknown, revoked or expired token, or a locked-out or deleted owner.");
                Describe(operation.Responses, "403", "Signed in, but the role may not use this endpoint.");
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static void Describe(OpenApiResponses responses, string status, string text)
    {
        if (responses.TryGetValue(status, out var response) && response is OpenApiResponse declared) declared.Description = text;
        else responses[status] = new OpenApiResponse { Description = text };
    }

    /// <summary>Serves the document (the interactive page is <see cref="ApiDocsPage"/>).</summary>
    public static void MapApiDescription(this IEndpointRouteBuilder app) => app.MapOpenApi("/openapi/{documentName}.json");
}
