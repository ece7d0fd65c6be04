using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SipPpid.Tests.Security;

/// <summary>One way into the app: "GET /Requests/Details/{id:int}?handler=File", "POST /api/v1/requests", ...</summary>
public sealed record EndpointEntry(string Key, bool IsPage, bool ChangesState, Endpoint Endpoint);

/// <summary>
/// Every endpoint the running app serves, read from its <see cref="EndpointDataSource"/>: each Razor page with each of
/// its handlers (a page reached by several routes, such as /Requests and /Requests/Index, is listed once, by its
/// shortest), and each minimal API / health endpoint. Static files are not endpoints of interest.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<EndpointEntry>> ReadAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var loader = services.GetRequiredService<PageLoader>();
        var entries = new List<EndpointEntry>();
        var routes = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        foreach (var page in routes.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                     .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath))
        {
            var endpoint = page.OrderBy(e => e.RoutePattern.RawText!.Length).First();
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var compiled = await loader.LoadAsync(endpoint.Metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata);
            if (compiled.HandlerMethods.Count == 0) entries.Add(new($"GET {route}", true, false, endpoint));
            foreach (var h in compiled.HandlerMethods)
            {
                var method = h.HttpMethod.ToUpperInvariant();
                entries.Add(new($"{method} {route}{(h.Name is null ? "" : "?handler=" + h.Name)}", true, !HttpMethods.IsGet(method), compiled.Endpoint ?? endpoint));
            }
        }

        foreach (var endpoint in routes.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && !IsStaticFile(e)))
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods.Where(m => !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m)))
                entries.Add(new($"{method} {route}", false, !HttpMethods.IsGet(method) && method != "ANY", endpoint));
        }

        return entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>True when a state-changing endpoint validates the antiforgery token (Razor Pages do by default).</summary>
    public static bool ValidatesAntiforgery(EndpointEntry entry) =>
        entry.Endpoint.Metadata.GetOrderedMetadata<IAntiforgeryMetadata>() is { Count: > 0 } antiforgery && antiforgery[^1].RequiresValidation
        || (entry.IsPage && entry.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>() is null);

    /// <summary>
    /// True when the endpoint authenticates with schemes other than the sign-in cookie only (an API token, say): a
    /// cross-site request carries no such credential, so it needs no antiforgery check.
    /// </summary>
    public static bool IgnoresTheSessionCookie(EndpointEntry entry)
    {
        var authorize = entry.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return authorize.Count > 0 && authorize.All(a => a.AuthenticationSchemes is { Length: > 0 } schemes
            && !schemes.Split(',', StringSplitOptions.TrimEntries).Contains(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme));
    }

    public static bool AllowsAnonymous(EndpointEntry entry) =>
        entry.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || entry.Endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;

    /// <summary>MapStaticAssets gives each file of wwwroot an endpoint; they carry no route parameters or handlers.</summary>
    private static bool IsStaticFile(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
}
