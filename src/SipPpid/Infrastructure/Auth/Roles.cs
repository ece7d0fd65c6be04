namespace SipPpid.Infrastructure.Auth;

/// <summary>Staff roles. The command line uses the snake_case codes.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string PpidUtama = "PpidUtama";
    public const string PpidPembantu = "PpidPembantu";
    public const string AtasanPpid = "AtasanPpid";

    /// <summary>An applicant's own (optional) account: sees only their own requests, never staff pages.</summary>
    public const string Applicant = "Applicant";

    public static readonly string[] All = [Admin, PpidUtama, PpidPembantu, AtasanPpid];

    /// <summary>Roles that see every unit; the others see their own unit's subtree only.</summary>
    public static readonly string[] BodyWide = [Admin, PpidUtama, AtasanPpid];

    /// <summary>Staff who serve requests (any unit scope).</summary>
    public const string Officers = PpidUtama + "," + PpidPembantu;

    public static string? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "admin" => Admin,
        "ppid_utama" => PpidUtama,
        "ppid_pembantu" => PpidPembantu,
        "atasan_ppid" => AtasanPpid,
        _ => null,
    };

    public static string Code(string role) => role switch
    {
        Admin => "admin",
        PpidUtama => "ppid_utama",
        PpidPembantu => "ppid_pembantu",
        AtasanPpid => "atasan_ppid",
        _ => role,
    };

    /// <summary>Indonesian display name (translated by the view's localizer).</summary>
    public static string DisplayName(string role) => role switch
    {
        Admin => "Admin",
        PpidUtama => "Petugas PPID Utama",
        PpidPembantu => "Petugas PPID Pembantu",
        AtasanPpid => "Atasan PPID",
        _ => role,
    };
}
