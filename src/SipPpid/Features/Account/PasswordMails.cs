using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Account;

/// <summary>
/// The account e-mails (Indonesian, plain text, through the outbox): the password reset link, and the notice that a
/// password was changed, so the owner learns of a change they did not make. Links use <c>Ppid:PublicBaseUrl</c>, never
/// the request's Host header, so a forged host cannot redirect a reset link.
/// </summary>
public sealed class PasswordMails(AppDbContext db, IOptions<PpidOptions> ppid, IOptions<SecurityOptions> security)
{
    public void ResetLink(AppUser user, string token)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = $"{ppid.Value.PublicBaseUrl.TrimEnd('/')}/Account/ResetPassword?user={Uri.EscapeDataString(user.Id)}&token={EncodeToken(token)}";
        db.Enqueue(user.Email, "Atur ulang kata sandi SIP PPID",
            $"""
            Yth. {user.FullName},

            Kami menerima permintaan untuk mengatur ulang kata sandi akun SIP PPID Anda ({user.Email}).
            Buka tautan berikut untuk membuat kata sandi baru:

            {link}

            Tautan ini berlaku {security.Value.PasswordResetMinutes} menit dan hanya dapat dipakai sekali.
            Bila Anda tidak meminta pengaturan ulang, abaikan e-mail ini; kata sandi Anda tidak berubah.
            """);
    }

    public void Changed(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        db.Enqueue(user.Email, "Kata sandi SIP PPID Anda telah diubah",
            $"""
            Yth. {user.FullName},

            Kata sandi akun SIP PPID Anda ({user.Email}) baru saja diubah; sesi lain akun ini telah diakhiri.

            Bila bukan Anda yang mengubahnya, segera atur ulang kata sandi melalui "Lupa kata sandi" di halaman masuk
            ({ppid.Value.PublicBaseUrl.TrimEnd('/')}/Account/ForgotPassword) dan hubungi admin PPID.
            """);
    }

    /// <summary>Identity's tokens contain '+', '/' and '='; the link carries them base64url-encoded.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token ?? ""));

    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
