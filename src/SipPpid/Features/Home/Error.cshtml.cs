using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Home;

/// <summary>Friendly pages for errors and status codes (404, 403, 500, ...).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t, FileStore files) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet() => Describe(Code());

    /// <summary>The error page of a refused POST (413 for a huge upload): it must not read the form it refuses.</summary>
    public void OnPost() => Describe(Code());

    /// <summary>
    /// The code in the address when it is a real error status (400–599 with a standard reason phrase), else 404: a code
    /// such as 999999, -1, 101 or 302 would become an invalid or misleading status line. Without a code (the exception
    /// handler's re-execution): the status it chose (413 for a body over the limit), else 500.
    /// </summary>
    private int Code()
    {
        if (RouteData.Values["code"] is { } value)
            return int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && IsError(code) ? code : 404;
        return IsError(Response.StatusCode) ? Response.StatusCode : 500;
    }

    private static bool IsError(int code) => code is >= 400 and <= 599 && ReasonPhrases.GetReasonPhrase(code).Length > 0;

    private void Describe(int status)
    {
        (Title, Explanation) = status switch
        {
            404 => (t["Halaman tidak ditemukan"], t["Alamat yang Anda buka tidak ada atau tidak dapat Anda akses."]),
            403 => (t["Akses ditolak"], t["Anda tidak memiliki hak untuk membuka halaman ini."]),
            400 => (t["Permintaan tidak valid"], t["Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi."]),
            413 => (t["Kiriman terlalu besar"], t["Berkas yang Anda kirim melebihi batas ukuran: setiap berkas paling besar {0} MB. Kembali, pilih berkas yang lebih kecil, lalu kirim ulang.", files.MaxBytes / 1024 / 1024]),
            429 => (t["Terlalu banyak permintaan"], t["Tunggu sebentar lalu coba lagi."]),
            _ => (t["Terjadi kesalahan"], t["Maaf, terjadi kesalahan pada sistem. Petugas kami telah dicatat kejadiannya; silakan coba lagi."]),
        };
        if (status >= 500) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = status;
    }
}
