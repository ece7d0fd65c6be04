using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace SipPpid.Infrastructure.Localization;

/// <summary>Identity's messages in the user's language (Indonesian keys, English in the resource file).</summary>
public sealed class IndonesianIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    private IdentityError E(string code, string text, params object[] args) => new() { Code = code, Description = t[text, args] };

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "Kata sandi minimal {0} karakter.", length);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Kata sandi harus memuat angka (0–9).");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Kata sandi harus memuat huruf kecil (a–z).");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Kata sandi harus memuat huruf besar (A–Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat simbol.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "Kata sandi harus memuat minimal {0} karakter berbeda.", uniqueChars);
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Kata sandi salah.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "E-mail {0} sudah dipakai.", email);
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "Nama pengguna {0} sudah dipakai.", userName);
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "E-mail {0} tidak valid.", email ?? "");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Nama pengguna {0} tidak valid.", userName ?? "");
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Terjadi kesalahan.");
}
