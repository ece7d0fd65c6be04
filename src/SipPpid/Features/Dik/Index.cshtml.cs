using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// The Daftar Informasi yang Dikecualikan of the officer's scope (a PPID Pembantu: its units; the PPID Utama, the Admin
/// and the Atasan PPID, who reads it for objections: all), filtered by unit, basis and state, paged.
/// </summary>
[Authorize(Roles = DikAccess.Readers)]
public sealed class IndexModel(AppDbContext db, CurrentScope scope, BodyClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "unit")] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true, Name = "dasar")] public string? Basis { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, int Number, string UnitCode, string Information, string Basis, DateOnly? PeriodEnd,
        string? DecreeNumber, DateOnly? DecreeDate, DikState State);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public List<(string Code, string Name)> Units { get; private set; } = [];

    /// <summary>Whether the user may run a consequence test (the Atasan PPID reads only).</summary>
    public bool CanEdit => DikAccess.CanEdit(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unitScope = await scope.GetAsync(ct);
        var today = clock.Today;
        var q = db.DikEntries.AsNoTracking().InScope(unitScope).Matching(new DikFilter(Unit, Basis, Status), today);
        Total = await q.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await q.OrderBy(e => e.Unit!.Path).ThenBy(e => e.Number).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                e.Id,
                e.Number,
                e.Unit!.Code,
                e.Information,
                e.Basis,
                e.PeriodEnd,
                e.Status,
                Decree = e.Decrees.Where(d => d.SupersededById == null).Select(d => new { d.Number, d.Date }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        Rows = page.Select(e => new Row(e.Id, e.Number, e.Code, e.Information, e.Basis, e.PeriodEnd, e.Decree?.Number, e.Decree?.Date,
            DikCodes.State(e.Status, e.PeriodEnd, today))).ToList();
        Units = (await db.Units.AsNoTracking().InScope(unitScope).OrderBy(u => u.Path).Select(u => new { u.Code, u.Name }).ToListAsync(ct))
            .Select(u => (u.Code, u.Name)).ToList();
    }

    /// <summary>The current filter with another page, for the pager's links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in new[] { ("unit", Unit), ("dasar", Basis), ("status", Status) })
            if (!string.IsNullOrEmpty(value)) values[key] = value;
        return values;
    }
}
