using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Features.Audit;

namespace SipPpid.Features.Settings;

public sealed class BodyModel(AppDbContext db, BodyLogo logos, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public BodyForm Form { get; set; } = new();

    /// <summary>The current logo as a data: URI (null: none).</summary>
    public string? Logo { get; private set; }

    public sealed class BodyForm
    {
        [Display(Name = "Nama badan publik")]
        [Required(ErrorMessage = "{0} wajib diisi.")]
        [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string BodyName { get; set; } = "";

        [Display(Name = "Kota")]
        [StringLength(100, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string? City { get; set; }

        [Display(Name = "Alamat")]
        [StringLength(300, ErrorMessage = "{0} maksimal {1} karakter.")]
        public string? Address { get; set; }

        [Display(Name = "Sebutan PPID di perangkat daerah")]
        public string PembantuLabel { get; set; } = BodySettings.DefaultPembantuLabel;
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var s = await BodySettings.LoadAsync(db, ct);
        Form = new BodyForm { BodyName = s.BodyName, City = s.City, Address = s.Address, PembantuLabel = s.PembantuLabel };
        Logo = await logos.DataUriAsync(s.LogoKey, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!BodySettings.PembantuLabels.Contains(Form.PembantuLabel))
            ModelState.AddModelError("Form.PembantuLabel", t["Pilih salah satu sebutan yang tersedia."]);
        if (!ModelState.IsValid)
        {
            Logo = await logos.DataUriAsync((await BodySettings.LoadAsync(db, ct)).LogoKey, ct);
            return Page();
        }

        await db.SetSettingAsync(SettingKeys.BodyName, Form.BodyName.Trim(), ct);
        await db.SetSettingAsync(SettingKeys.BodyCity, Form.City?.Trim() ?? "", ct);
        await db.SetSettingAsync(SettingKeys.BodyAddress, Form.Address?.Trim() ?? "", ct);
        await db.SetSettingAsync(SettingKeys.PembantuLabel, Form.PembantuLabel, ct);
        db.Audit(User, "settings.body", Form.BodyName, Form);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Profil badan publik telah disimpan."].Value;
        return RedirectToPage();
    }

    /// <summary>Uploads or replaces the logo of the kop surat; a refused file changes nothing.</summary>
    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken ct)
    {
        // The profile form is not part of this post: its (absent) fields must not count as errors.
        ModelState.Clear();
        if (logo is null || logo.Length == 0)
            return await RefuseAsync(t["Pilih berkas yang akan diunggah."], ct);

        await using var stream = logo.OpenReadStream();
        var (stored, error) = await logos.SaveAsync(stream, logo.FileName, ct);
        if (stored is null)
        {
            return await RefuseAsync(error switch
            {
                "too_large" => t["Berkas {0} lebih dari {1} MB.", logo.FileName, BodyLogo.MaxBytes / 1024 / 1024],
                "empty" => t["Berkas {0} kosong.", logo.FileName],
                _ => t["Berkas {0} bukan gambar PNG atau JPEG.", logo.FileName],
            }, ct);
        }

        var old = await db.GetSettingAsync(SettingKeys.BodyLogo, ct);
        await db.SetSettingAsync(SettingKeys.BodyLogo, stored.StorageKey, ct);
        db.Audit(User, "settings.body.logo", stored.FileName, new { stored.ContentType, stored.Size, stored.Sha256, stored.StorageKey });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            logos.Delete(stored.StorageKey);
            throw;
        }

        if (old is { Length: > 0 }) logos.Delete(old);
        TempData["Message"] = t["Logo kop surat telah disimpan."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var old = await db.GetSettingAsync(SettingKeys.BodyLogo, ct);
        if (old is { Length: > 0 })
        {
            await db.SetSettingAsync(SettingKeys.BodyLogo, "", ct);
            db.Audit(User, "settings.body.logo-remove", old);
            await db.SaveChangesAsync(ct);
            logos.Delete(old);
        }

        TempData["Message"] = t["Logo kop surat telah dihapus."].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(LocalizedString message, CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.AddModelError("logo", message);
        return Page();
    }
}
