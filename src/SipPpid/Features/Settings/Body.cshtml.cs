using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Features.Audit;

namespace SipPpid.Features.Settings;

public sealed class BodyModel(AppDbContext db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public BodyForm Form { get; set; } = new();

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

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await BodySettings.LoadAsync(db, ct);
        Form = new BodyForm { BodyName = s.BodyName, City = s.City, Address = s.Address, PembantuLabel = s.PembantuLabel };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!BodySettings.PembantuLabels.Contains(Form.PembantuLabel))
            ModelState.AddModelError("Form.PembantuLabel", t["Pilih salah satu sebutan yang tersedia."]);
        if (!ModelState.IsValid) return Page();
        await db.SetSettingAsync(SettingKeys.BodyName, Form.BodyName.Trim(), ct);
        await db.SetSettingAsync(SettingKeys.BodyCity, Form.City?.Trim() ?? "", ct);
        await db.SetSettingAsync(SettingKeys.BodyAddress, Form.Address?.Trim() ?? "", ct);
        await db.SetSettingAsync(SettingKeys.PembantuLabel, Form.PembantuLabel, ct);
        db.Audit(User, "settings.body", Form.BodyName, Form);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Profil badan publik telah disimpan."].Value;
        return RedirectToPage();
    }
}
