using System.ComponentModel.DataAnnotations;

namespace SipPpid.Features.DipDecrees;

/// <summary>The Penetapan DIP form.</summary>
public sealed class DecreeForm
{
    [Display(Name = "Nomor keputusan")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [StringLength(100, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string Number { get; set; } = "";

    [Display(Name = "Tanggal keputusan")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Tempat penetapan")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [StringLength(100, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string Place { get; set; } = "";

    [Display(Name = "Nama penanda tangan")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [StringLength(200, ErrorMessage = "{0} maksimal {1} karakter.")]
    public string SignatoryName { get; set; } = "";

    [Display(Name = "NIP penanda tangan")]
    [Required(ErrorMessage = "{0} wajib diisi.")]
    [RegularExpression("^[0-9]{18}$", ErrorMessage = "{0} terdiri atas 18 angka.")]
    public string SignatoryNip { get; set; } = "";
}
