using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Portal;

/// <summary>/Informasi: the published DIP, searched and filtered by category, unit (with its subtree) and year, in pages.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "kategori")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "tahun")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "hal")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public IReadOnlyList<PortalRow> Rows { get; private set; } = [];
    public IReadOnlyList<PortalOverview.UnitCount> Units { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<PortalOverview.ArchivedReport> Reports { get; private set; } = [];
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var category = PortalQueries.CategoryOf(Category);
        if (category is null) Category = null;
        var path = string.IsNullOrWhiteSpace(Unit) ? null : await db.UnitPathAsync(Unit, ct);
        // An unknown unit finds nothing rather than everything.
        var filter = new PortalFilter(Q, category, Unit is { Length: > 0 } ? path ?? "\u0000" : null, Year is >= 1900 and <= 2200 ? Year : null);
        var query = db.Find(filter);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToRows().ToListAsync(ct);
        Units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new PortalOverview.UnitCount(u.Code, u.Name, 0)).ToListAsync(ct);
        Years = await db.Published().Where(e => e.PublishedDate != null).Select(e => e.PublishedDate!.Value.Year).Distinct()
            .OrderByDescending(y => y).ToListAsync(ct);
        // The finalized service reports are setiap_saat information: listed with that category.
        if (category == DipCategory.SetiapSaat && string.IsNullOrWhiteSpace(Q)) Reports = await PortalOverview.ReportsAsync(db, ct, 20);
    }

    /// <summary>This list's address with one parameter changed (filters, paging), for links that work without JavaScript.</summary>
    public string With(string? page = null) =>
        QueryHelpers(new Dictionary<string, string?> { ["q"] = Q, ["kategori"] = Category, ["unit"] = Unit, ["tahun"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["hal"] = page });

    private static string QueryHelpers(Dictionary<string, string?> values) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Informasi", values.Where(v => !string.IsNullOrEmpty(v.Value)));
}
