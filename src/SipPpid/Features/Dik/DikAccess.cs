using System.Security.Claims;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dik;

/// <summary>
/// Who does what with the DIK: the officers (PPID Utama, PPID Pembantu) and the Admin run consequence tests and make
/// decrees, as with the DIP; the Atasan PPID reads the list, the worksheets and the letters (an objection turns on them).
/// </summary>
public static class DikAccess
{
    public const string Readers = Roles.Admin + "," + Roles.Officers + "," + Roles.AtasanPpid;
    public const string Editors = Roles.Admin + "," + Roles.Officers;

    public static bool CanEdit(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.PpidUtama) || user.IsInRole(Roles.PpidPembantu);
    }
}
