using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.PublicRequests;

/// <summary>The public request form (no account needed); a success redirects to the receipt.</summary>
[EnableRateLimiting(RateLimits.PublicSubmissions)]
public sealed class SubmitModel(AppDbContext db, RegisterRequest register, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record UnitOption(string Code, string Name, int Depth);

    [BindProperty]
    public PublicRequestForm Form { get; set; } = new();

    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>Set when the form comes back with errors and files had been chosen: they must be chosen again.</summary>
    public bool FilesDropped { get; private set; }

    /// <param name="informasi">Prefills what is requested (the portal's "Ajukan permohonan" on an entry available on paper only).</param>
    /// <param name="unit">Prefills the unit that holds it.</param>
    /// <param name="ct">Cancels the page's queries.</param>
    public async Task OnGetAsync([FromQuery] string? informasi, [FromQuery] string? unit, CancellationToken ct)
    {
        Form.Token = PublicRequestForm.NewToken();
        await LoadUnitsAsync(ct);
        if (!string.IsNullOrWhiteSpace(informasi)) Form.InformationRequested = informasi.Length > 4000 ? informasi[..4000] : informasi;
        if (Units.Any(u => u.Code == unit)) Form.UnitCode = unit;
        Form.UnitCode ??= Units.Count > 0 ? Units[0].Code : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!PublicRequestForm.IsToken(Form.Token)) Form.Token = PublicRequestForm.NewToken();
        ModelState.Clear();
        if (!string.IsNullOrEmpty(Form.Referensi))
        {
            // A bot filled the honeypot: nothing is registered, and it is told nothing useful.
            ModelState.AddModelError("", t["Permohonan belum dapat diproses. Periksa isian Anda lalu kirim ulang."]);
            Form.Token = PublicRequestForm.NewToken();
            await LoadUnitsAsync(ct);
            return Page();
        }

        var uploads = Form.Uploads();
        RegisterRequest.Result result;
        try
        {
            result = await register.SubmitFormAsync(Form.ToInput(), uploads, "form:" + Form.Token, ct);
        }
        finally
        {
            foreach (var u in uploads) await u.Content.DisposeAsync();
        }

        if (result.Request is { } r)
        {
            // A signed-in applicant finds the request in "Permohonan saya".
            if (User.IsInRole(Roles.Applicant) && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                await db.Requests.Where(x => x.Id == r.Id && x.ApplicantUserId == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.ApplicantUserId, userId), ct);
            return RedirectToPage("Receipt", new { nomor = r.RegistrationNumber, kode = r.TrackingCode });
        }

        // The token was spent on another submission: this one may be sent again as a new request.
        if (result.KeyReused) Form.Token = PublicRequestForm.NewToken();
        foreach (var e in result.Errors) ModelState.AddModelError(PublicRequestForm.FieldOf(e.Field), e.Message);
        ModelState.AddModelError("", t["Permohonan belum terkirim. Perbaiki isian yang ditandai."]);
        FilesDropped = Form.HasFiles;
        await LoadUnitsAsync(ct);
        return Page();
    }

    private async Task LoadUnitsAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Code, u.Name, u.Path, u.Kind }).ToListAsync(ct);
        // Tree order: the root (the PPID Utama, the default) first, each unit followed by the units below it.
        Units = units
            .OrderBy(u => u.Kind == UnitKind.Utama ? 0 : 1)
            .ThenBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new UnitOption(u.Code, u.Name, u.Path.Count(c => c == '/') - 2))
            .ToList();
    }

    /// <summary>The Indonesian labels of a code list, for radios and selects.</summary>
    public static IEnumerable<(string Code, string Label)> Options<T>(IReadOnlyDictionary<string, T> codes) where T : struct, Enum =>
        codes.Select(kv => (kv.Key, RequestCodes.Label(kv.Value)));
}
