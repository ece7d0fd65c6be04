using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Survey;

/// <summary>
/// /Survei/Kiosk: the kiosk address of each active unit in the officer's scope, to open on the tablet at the service
/// desk (or print as a QR code for it).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class KioskLinksModel(AppDbContext db, CurrentScope scope, IOptions<PpidOptions> options) : PageModel
{
    public sealed record Row(string Code, string Name, int Depth, string Url);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var units = await db.Units.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(u => u.IsActive)
            .Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        Rows = [.. units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new Row(u.Code, u.Name, u.Path.Count(c => c == '/') - 2, baseUrl + SurveyLinks.Kiosk(u.Code)))];
    }
}
