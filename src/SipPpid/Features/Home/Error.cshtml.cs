using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace SipPpid.Features.Home;

/// <summary>Friendly pages for errors and status codes (404, 403, 500, ...).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? 500;
        (Title, Explanation) = status switch
        {
            404 => (t["Halaman tidak ditemukan"], t["Alamat yang Anda buka tidak ada atau tidak dapat Anda akses."]),
            403 => (t["Akses ditolak"], t["Anda tidak memiliki hak untuk membuka halaman ini."]),
            400 => (t["Permintaan tidak valid"], t["Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi."]),
            429 => (t["Terlalu banyak permintaan"], t["Tunggu sebentar lalu coba lagi."]),
            _ => (t["Terjadi kesalahan"], t["Maaf, terjadi kesalahan pada sistem. Petugas kami telah dicatat kejadiannya; silakan coba lagi."]),
        };
        if (status >= 500) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = status;
    }
}
