using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// /Informasi/Dikecualikan: the public Daftar Informasi yang Dikecualikan, the entries in force today, filtered by unit
/// (with its subtree) and basis, in pages. Anonymous; the worksheet is shown only where the body made it public.
/// </summary>
[EnableRateLimiting(RateLimits.PublicReads)]
public sealed class DikecualikanModel(AppDbContext db, BodyClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "dasar")] public string? Basis { get; set; }
    [BindProperty(SupportsGet = true, Name = "hal")] public int PageNumber { get; set; } = 1;

    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<DikPublic.Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Units { get; private set; } = [];
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Today;
        if (!DikRules.IsKnownBasis(Basis)) Basis = null;
        var path = string.IsNullOrWhiteSpace(Unit) ? null : await db.UnitPathOfAsync(Unit, ct);
        // An unknown unit finds nothing rather than everything.
        var query = db.InForcePublic(Today, Unit is { Length: > 0 } ? path ?? "\u0000" : null, Basis);
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.ToRows().Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Units = (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path).Select(u => new { u.Code, u.Name }).ToListAsync(ct))
            .Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>This list's address with the page changed, for links that work without JavaScript.</summary>
    public string With(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Informasi/Dikecualikan",
        new Dictionary<string, string?> { ["unit"] = Unit, ["dasar"] = Basis, ["hal"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(v => !string.IsNullOrEmpty(v.Value)));
}
