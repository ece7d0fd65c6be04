using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// GET /api/v1/dik (contracts.md): the Daftar Informasi yang Dikecualikan in force today as JSON, from the same query
/// as the public list (<see cref="DikPublic"/>). Public and rate-limited; the worksheet is not part of it.
/// </summary>
public static class DikApi
{
    public sealed record DikList(int Total, IReadOnlyList<DikItem> Items);

    public sealed record DikItem(string UnitCode, string Information, string Basis, string LegalReference, string Scope, DateOnly? PeriodEnd,
        string? DecreeNumber, DateOnly? DecreeDate);

    public static void MapDikApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/dik", ListAsync).WithTags(ApiTags.Dik).RequireRateLimiting(RateLimits.PublicReads)
            .WithName("listDik")
            .WithSummary("Entries of the Daftar Informasi yang Dikecualikan in force today")
            .WithDescription("The exempted information in force today (not released, and no end date or an end date today or later), each " +
                             "with its legal basis (`17a`…`17j`, `other_law`), scope (`full`, `partial`), end date (null: no end date) and " +
                             "its Surat Penetapan Klasifikasi in force. `unit` includes the unit's subtree. Ordered by unit, then entry number.")
            .Produces<DikList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> ListAsync(AppDbContext db, BodyClock clock,
        [Description("A unit code: its entries and those of the units under it.")] string? unit,
        CancellationToken ct)
    {
        string? path = null;
        if (!string.IsNullOrEmpty(unit) && (path = await db.UnitPathOfAsync(unit, ct)) is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["unit"] = ["is not a known unit code"] });
        var rows = await db.InForcePublic(clock.Today, path, null).ToRows().ToListAsync(ct);
        return Results.Ok(new DikList(rows.Count, rows.Select(r => new DikItem(r.UnitCode, r.Information, r.Basis, r.LegalReference,
            DikForm.ScopeCode(r.Scope), r.PeriodEnd, r.DecreeNumber, r.DecreeDate)).ToList()));
    }
}
