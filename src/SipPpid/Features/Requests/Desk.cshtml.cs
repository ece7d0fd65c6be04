using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Units;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>Desk entry: an officer records a request that came in person, by letter, e-mail, phone, WhatsApp or otherwise.</summary>
public sealed class DeskModel(AppDbContext db, CurrentScope scope, RegisterRequest register, BodyClock clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public RegisterRequest.Input Form { get; set; } = new();

    /// <summary>One GUID per rendering of the form: a double click or a resent POST records one request.</summary>
    [BindProperty]
    public string? Token { get; set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsOfficer) return Forbid();
        Token = Guid.NewGuid().ToString("D");
        Form.ReceivedDate = clock.Today;
        Form.Channel = "in_person";
        Form.ApplicantType = "individual";
        Form.ObtainMethod = "view";
        await LoadAsync(ct);
        Form.UnitCode = Units.Count > 0 ? Units[0].Code : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? letterScan, IFormFile? identityCard, CancellationToken ct)
    {
        if (!IsOfficer) return Forbid();
        if (!Guid.TryParseExact(Token, "D", out _)) Token = Guid.NewGuid().ToString("D");
        await LoadAsync(ct);
        if (!Units.Any(u => u.Code == Form.UnitCode))
        {
            ModelState.AddModelError("Form.UnitCode", t["Pilih unit dalam lingkup Anda."]);
            return Page();
        }

        var uploads = new List<RegisterRequest.Upload>();
        var streams = new List<Stream>();
        try
        {
            foreach (var (file, kind) in new[] { (letterScan, FileKind.LetterScan), (identityCard, FileKind.IdentityCard) })
            {
                if (file is not { Length: > 0 }) continue;
                var s = file.OpenReadStream();
                streams.Add(s);
                uploads.Add(new RegisterRequest.Upload(kind, file.FileName, s));
            }

            var result = await register.EnterAtDeskAsync(Form, uploads, Actor.From(User), "desk:" + Token, ct);
            if (result.Succeeded)
            {
                TempData["Message"] = t["Permohonan {0} telah dicatat.", result.Request!.RegistrationNumber].Value;
                return RedirectToPage("Details", new { id = result.Request.Id });
            }

            ModelState.Clear();
            if (result.KeyReused) Token = Guid.NewGuid().ToString("D");
            foreach (var e in result.Errors) ModelState.AddModelError(e.Field.Length == 0 ? "" : "Form." + char.ToUpperInvariant(e.Field[0]) + e.Field[1..], e.Message);
            return Page();
        }
        finally
        {
            foreach (var s in streams) await s.DisposeAsync();
        }
    }

    private bool IsOfficer => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);

    private async Task LoadAsync(CancellationToken ct) =>
        Units = await db.Units.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, null, u.Path, u.IsActive, null, null, null, null)).ToListAsync(ct);
}
