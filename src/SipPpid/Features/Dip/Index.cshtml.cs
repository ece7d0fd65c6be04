using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>The DIP of the officer's scope: filters (unit, category, status, perlu dimutakhirkan), paged.</summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class IndexModel(AppDbContext db, CurrentScope scope, BodyClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "kategori")] public string? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "perlu")] public string? Stale { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public bool StaleOnly => Stale is "1" or "true";

    public sealed record Row(int Id, int Number, string UnitCode, string Title, DipCategory Category, DipStatus Status,
        DateOnly? UpdatedDate, bool IsStale, string? WithdrawalReason, int Documents);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public List<(string Code, string Name)> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unitScope = await scope.GetAsync(ct);
        var today = clock.Today;
        var q = db.DipEntries.AsNoTracking().InScope(unitScope)
            .Matching(new DipFilter(Q, Unit, Category, Status, StaleOnly), db, today);
        Total = await q.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await q.OrderBy(e => e.Unit!.Path).ThenByDescending(e => e.Number).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new { e.Id, e.Number, e.Unit!.Code, e.Title, e.Category, e.Status, e.UpdatedDate, e.WithdrawalReason, Documents = e.Documents.Count() })
            .ToListAsync(ct);
        Rows = page.Select(e => new Row(e.Id, e.Number, e.Code, e.Title, e.Category, e.Status, e.UpdatedDate,
            DipRules.IsStale(new DipEntry { Status = e.Status, Category = e.Category, UpdatedDate = e.UpdatedDate }, today),
            e.WithdrawalReason, e.Documents)).ToList();
        Units = (await db.Units.AsNoTracking().InScope(unitScope).OrderBy(u => u.Path).Select(u => new { u.Code, u.Name }).ToListAsync(ct))
            .Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>The current filter with another page, for the pager's links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in new[] { ("q", Q), ("unit", Unit), ("kategori", Category), ("status", Status), ("perlu", StaleOnly ? "1" : null) })
            if (!string.IsNullOrEmpty(value)) values[key] = value;
        return values;
    }
}
