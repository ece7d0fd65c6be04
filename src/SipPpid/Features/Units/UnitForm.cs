using System.ComponentModel.DataAnnotations;
using SipPpid.Domain;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Units;

/// <summary>The fields of a unit as edited on the Create and Edit pages.</summary>
public sealed class UnitForm
{
    [Display(Name = "Kode")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [RegularExpression("^[A-Z0-9_-]{1,40}$", ErrorMessage = "{0} hanya boleh huruf besar A–Z, angka, '-' dan '_' (maks. 40).")]
    public string Code { get; set; } = "";

    [Display(Name = "Nama")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string Name { get; set; } = "";

    [Display(Name = "Jenis")]
    public UnitKind Kind { get; set; } = UnitKind.Pembantu;

    [Display(Name = "Unit induk")]
    public string? ParentCode { get; set; }

    [Display(Name = "Alamat")]
    [StringLength(300, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string? Address { get; set; }

    [Display(Name = "Telepon")]
    [StringLength(50, ErrorMessage = "{0} maksimal {1} karakter.")]
    [RegularExpression(@"^[0-9+()\- ]*$", ErrorMessage = "{0} hanya boleh angka, spasi, +, - dan tanda kurung.")]
    public string? Phone { get; set; }

    [Display(Name = "E-mail")]
    [MailAddress(ErrorMessage = "{0} tidak valid.")]
    [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string? Email { get; set; }

    [Display(Name = "Nama pejabat PPID")]
    [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string? OfficerName { get; set; }

    [Display(Name = "NIP pejabat PPID")]
    [RegularExpression("^[0-9]{18}$", ErrorMessage = "{0} terdiri atas 18 angka.")]
    public string? OfficerNip { get; set; }

    public static UnitForm From(Unit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new()
        {
            Code = u.Code,
            Name = u.Name,
            Kind = u.Kind,
            ParentCode = u.Parent?.Code,
            Address = u.Address,
            Phone = u.Phone,
            Email = u.Email,
            OfficerName = u.OfficerName,
            OfficerNip = u.OfficerNip,
        };
    }

    /// <summary>Copies the contact and officer fields, which every officer of the unit's scope may edit.</summary>
    public void ApplyContactTo(Unit u)
    {
        ArgumentNullException.ThrowIfNull(u);
        u.Address = Clean(Address);
        u.Phone = Clean(Phone);
        u.Email = Clean(Email);
        u.OfficerName = Clean(OfficerName);
        u.OfficerNip = Clean(OfficerNip);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
