using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Features.Users;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record UserRow(string Id, string FullName, string? Email, string? Nip, string? UnitName, bool LockedOut, List<string> Roles);

    public List<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.Nip, Unit = u.Unit == null ? null : u.Unit.Name, u.LockoutEnd })
            .ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        Rows = users.Select(u => new UserRow(u.Id, u.FullName, u.Email, u.Nip, u.Unit, u.LockoutEnd > now, byUser[u.Id].ToList())).ToList();
    }
}
