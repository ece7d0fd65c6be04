using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.ApiTokens;

/// <summary>
/// Pengaturan → Token API: staff create tokens for their integrations (the secret is shown once, only its hash is
/// kept), see their own tokens with the last time each was used, and revoke them. An admin sees and revokes all.
/// </summary>
public sealed class IndexModel(AppDbContext db, BodyClock clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public TokenForm Form { get; set; } = new();

    public sealed class TokenForm
    {
        [Display(Name = "Nama token")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(ApiToken.NameMaxLength, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string Name { get; set; } = "";

        [Display(Name = "Berlaku sampai")]
        [DataType(DataType.Date)]
        public DateOnly? ExpiresOn { get; set; }
    }

    public sealed record TokenRow(
        int Id, string Name, string Prefix, string OwnerName, string? OwnerEmail, bool Own,
        DateTime CreatedAtUtc, DateOnly? ExpiresOn, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc, bool Expired);

    public List<TokenRow> Rows { get; private set; } = [];

    /// <summary>An admin lists every staff member's tokens; everyone else only their own.</summary>
    public bool ShowsAll => User.IsInRole(Roles.Admin);

    /// <summary>The secret of the token just created: in this one response and nowhere else.</summary>
    public string? CreatedSecret { get; private set; }

    public DateOnly Today => clock.Today;

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Form.ExpiresOn is { } last && last <= clock.Today)
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.ExpiresOn)}", t["Tanggal berlaku harus setelah hari ini."]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var issued = ApiTokenSecret.Generate();
        var token = new ApiToken
        {
            UserId = Me,
            Name = Form.Name.Trim(),
            Prefix = issued.Prefix,
            Hash = issued.Hash,
            CreatedAtUtc = clock.UtcNow,
            // Valid through the chosen day in the body's time zone.
            ExpiresAtUtc = Form.ExpiresOn is { } day
                ? TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone)
                : null,
        };
        db.ApiTokens.Add(token);
        db.Audit(User, "apitoken.create", Subject(token), new { expiresOn = Form.ExpiresOn });
        await db.SaveChangesAsync(ct);

        // Rendered, not redirected: the secret must not travel through TempData (a cookie) or a URL.
        Response.Headers.CacheControl = "no-store";
        CreatedSecret = issued.Secret;
        ModelState.Clear();
        Form = new TokenForm();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var me = Me;
        var all = ShowsAll;
        var token = await db.ApiTokens.Include(x => x.User).FirstOrDefaultAsync(x => x.Id == id && (all || x.UserId == me), ct);
        if (token is null) return NotFound();
        if (token.RevokedAtUtc is null)
        {
            token.RevokedAtUtc = clock.UtcNow;
            token.RevokedBy = User.Identity?.Name;
            db.Audit(User, "apitoken.revoke", Subject(token), new { owner = token.User?.Email });
            await db.SaveChangesAsync(ct);
        }

        TempData["Message"] = t["Token API “{0}” telah dicabut.", token.Name].Value;
        return RedirectToPage();
    }

    private static string Subject(ApiToken token) => $"{token.Name} ({token.Prefix}…)";

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = Me;
        var all = ShowsAll;
        var now = clock.UtcNow;
        var rows = await db.ApiTokens.AsNoTracking().Where(x => all || x.UserId == me)
            .OrderBy(x => x.RevokedAtUtc != null).ThenByDescending(x => x.CreatedAtUtc)
            .Select(x => new
            {
                x.Id,
                x.Name,
                x.Prefix,
                x.UserId,
                Owner = x.User!.FullName,
                x.User.Email,
                x.CreatedAtUtc,
                x.ExpiresAtUtc,
                x.LastUsedAtUtc,
                x.RevokedAtUtc,
            })
            .ToListAsync(ct);
        Rows = rows.Select(x => new TokenRow(
            x.Id, x.Name, x.Prefix, x.Owner, x.Email, x.UserId == me, x.CreatedAtUtc,
            x.ExpiresAtUtc is { } e ? DateOnly.FromDateTime(clock.ToLocal(e).AddTicks(-1)) : null,
            x.LastUsedAtUtc, x.RevokedAtUtc, x.ExpiresAtUtc <= now)).ToList();
    }
}
