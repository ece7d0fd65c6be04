using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.ApplicantAccount;

/// <summary>
/// Applicant sign-up without account enumeration (issue 12.9): the form answers the same for every address and
/// changes nothing; the address's owner decides by e-mail. A new address gets an activation link carrying the name
/// and the password's hash, encrypted and time-limited with Data Protection, so no account exists until its owner
/// opens the link; an address that already has an account gets a notice instead (sign in, or "Lupa kata sandi").
/// </summary>
public sealed class ApplicantSignUp(AppDbContext db, IDataProtectionProvider protection, IOptions<PpidOptions> ppid, TimeProvider time)
{
    /// <summary>How long an activation link works.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public sealed record Pending(string Email, string FullName, string PasswordHash);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("SipPpid.ApplicantSignUp").ToTimeLimitedDataProtector();

    private string BaseUrl => ppid.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>Queues the activation link for an address without an account (saved with the caller's SaveChanges).</summary>
    public void ActivationLink(Pending pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var token = Protector.Protect(JsonSerializer.Serialize(pending), time.GetUtcNow() + LinkLifetime);
        db.Enqueue(pending.Email, "Aktifkan akun pemohon SIP PPID",
            $"""
            Yth. {pending.FullName},

            Alamat e-mail ini dipakai untuk membuat akun pemohon di SIP PPID. Buka tautan berikut untuk mengaktifkan akun:

            {BaseUrl}/Akun/Daftar/Aktifkan?token={Uri.EscapeDataString(token)}

            Tautan ini berlaku {LinkLifetime.TotalHours:0} jam. Bila Anda tidak mendaftar, abaikan e-mail ini; tidak ada akun yang dibuat.
            """);
    }

    /// <summary>Queues the notice to the owner of an existing account that someone tried to sign up with it.</summary>
    public void AlreadyRegistered(AppUser owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        db.Enqueue(owner.Email, "Akun SIP PPID Anda sudah ada",
            $"""
            Yth. {owner.FullName},

            Seseorang, mungkin Anda, mencoba membuat akun pemohon SIP PPID dengan alamat ini ({owner.Email}).
            Alamat ini sudah memiliki akun, jadi tidak ada akun baru yang dibuat.

            Masuk: {BaseUrl}/Account/Login
            Lupa kata sandi: {BaseUrl}/Account/ForgotPassword

            Bila bukan Anda yang mencoba, abaikan e-mail ini; akun Anda tidak berubah.
            """);
    }

    /// <summary>The sign-up an activation link carries, or null when it is forged, damaged or expired.</summary>
    public Pending? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return JsonSerializer.Deserialize<Pending>(Protector.Unprotect(token));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
