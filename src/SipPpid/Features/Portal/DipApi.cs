using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Portal;

/// <summary>
/// GET /api/v1/dip (contracts.md): the published DIP as JSON, searched with the database's full-text search through
/// the portal's own query, so the API and the pages always agree. Public and rate-limited.
/// </summary>
public static class DipApi
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public sealed record DipList(int Total, IReadOnlyList<DipItem> Items);

    public sealed record DipItem(string UnitCode, string UnitName, int Number, string Category, string Title, string Summary, string Holder,
        string Responsible, string ProducedTime, string ProducedPlace, string Format, string Retention, string? Url,
        IReadOnlyList<DipDocumentLink> Documents, DateOnly? PublishedDate, DateOnly? UpdatedDate);

    /// <summary>A document; <c>url</c> downloads it (the download counts).</summary>
    public sealed record DipDocumentLink(string Name, string Url, long Size, string ContentType);

    public static void MapDipApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dip", ListAsync).WithTags(ApiTags.Dip).RequireRateLimiting(RateLimits.PublicReads)
            .WithName("listDip")
            .WithSummary("Published entries of the Daftar Informasi Publik, searched and filtered")
            .WithDescription("Only published entries. `q` is searched with the database's full-text search (every word, as a prefix, must occur " +
                             "in the title, summary, holder or document names); `unit` includes the unit's subtree. Newest first.")
            .Produces<DipList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> ListAsync(HttpRequest http, AppDbContext db,
        [Description("Words to search (at most 12 are used).")] string? q,
        [Description("berkala, serta_merta or setiap_saat.")] string? category,
        [Description("A unit code: its entries and those of the units under it.")] string? unit,
        [Description("Page number, from 1 (default 1).")] string? page,
        [Description("Entries per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var cat = PortalQueries.CategoryOf(category);
        if (!string.IsNullOrEmpty(category) && cat is null) errors["category"] = ["must be berkala, serta_merta or setiap_saat"];
        var pageNumber = Whole(page, 1, int.MaxValue / MaxPageSize, 1, "page", errors);
        var size = Whole(pageSize, 1, MaxPageSize, DefaultPageSize, "pageSize", errors);
        string? path = null;
        if (!string.IsNullOrEmpty(unit) && (path = await db.UnitPathAsync(unit, ct)) is null) errors["unit"] = ["is not a known unit code"];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var query = db.Find(new PortalFilter(q, cat, path, null));
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((pageNumber - 1) * size).Take(size)
            .Select(e => new
            {
                e.Unit!.Code,
                e.Unit.Name,
                e.Number,
                e.Category,
                e.Title,
                e.Summary,
                e.Holder,
                e.Responsible,
                e.ProducedTime,
                e.ProducedPlace,
                e.Format,
                e.Retention,
                e.Url,
                e.PublishedDate,
                e.UpdatedDate,
                Documents = e.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Id).Select(d => new { d.Id, d.FileName, d.Size, d.ContentType }).ToList(),
            }).ToListAsync(ct);
        var site = $"{http.Scheme}://{http.Host}{http.PathBase}";
        return Results.Ok(new DipList(total, rows.Select(r => new DipItem(r.Code, r.Name, r.Number, DipCodes.Code(r.Category), r.Title, r.Summary,
            r.Holder, r.Responsible, r.ProducedTime, r.ProducedPlace, DipCodes.Code(r.Format), r.Retention, r.Url,
            r.Documents.Select(d => new DipDocumentLink(d.FileName, $"{site}/Informasi/Dokumen/{d.Id}", d.Size, d.ContentType)).ToList(),
            r.PublishedDate, r.UpdatedDate)).ToList()));
    }

    private static int Whole(string? value, int min, int max, int fallback, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors[field] = [$"must be a whole number from {min} to {max}"];
        return fallback;
    }
}
