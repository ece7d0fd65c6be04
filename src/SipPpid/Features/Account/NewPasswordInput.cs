using System.ComponentModel.DataAnnotations;

namespace SipPpid.Features.Account;

/// <summary>A new password typed twice: the fields of "Ubah kata sandi" and of the reset link's page.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi baru")]
    public string NewPassword { get; set; } = "";

    [DataType(DataType.Password)]
    [Display(Name = "Ulangi kata sandi baru")]
    [Compare(nameof(NewPassword), ErrorMessage = "Kedua kata sandi baru tidak sama.")]
    public string ConfirmPassword { get; set; } = "";
}
