using System.ComponentModel.DataAnnotations;
using SipPpid.Infrastructure.Email;

namespace SipPpid.Features.Users;

public sealed class UserForm
{
    [Display(Name = "E-mail")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [MailAddress(ErrorMessage = "{0} tidak valid.")]
    public string Email { get; set; } = "";

    [Display(Name = "Nama lengkap")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string FullName { get; set; } = "";

    [Display(Name = "NIP")]
    [RegularExpression("^[0-9]{18}$", ErrorMessage = "{0} terdiri atas 18 angka.")]
    public string? Nip { get; set; }

    [Display(Name = "Peran")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    public string Role { get; set; } = Infrastructure.Auth.Roles.PpidPembantu;

    [Display(Name = "Unit")]
    public string? UnitCode { get; set; }
}
