using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SipPpid.Data;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Units;

public sealed class IndexModel(AppDbContext db, CurrentScope scope, CurrentBody body) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Inactive { get; set; }

    public List<UnitRow> Rows { get; private set; } = [];
    public string PembantuLabel { get; private set; } = "";
    public int BaseDepth { get; private set; }
    public bool CanCreate => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PembantuLabel = (await body.GetAsync(ct)).PembantuLabel;
        Rows = await db.ListAsync(await scope.GetAsync(ct), Q, Inactive, ct);
        BaseDepth = Rows.Count == 0 ? 0 : Rows.Min(r => r.Depth);
    }
}
