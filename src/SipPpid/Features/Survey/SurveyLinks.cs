namespace SipPpid.Features.Survey;

/// <summary>
/// The survey's public addresses, written once for the tracking page, the decision's e-mail, the letter's footer and
/// the staff's kiosk list. A request's survey is opened with the same secret as its tracking page (the registration
/// number and the tracking code), so it is reachable without signing in but cannot be guessed.
/// </summary>
public static class SurveyLinks
{
    /// <summary>The applicant's survey of one request (relative).</summary>
    public static string ForRequest(string number, string code) =>
        $"/Survei/Permohonan?nomor={Uri.EscapeDataString(number)}&kode={Uri.EscapeDataString(code)}";

    /// <summary>The same, absolute (e-mails and printed letters): <paramref name="publicBaseUrl"/> is <c>Ppid:PublicBaseUrl</c>.</summary>
    public static string ForRequest(string publicBaseUrl, string number, string code)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return publicBaseUrl.TrimEnd('/') + ForRequest(number, code);
    }

    /// <summary>The kiosk page of a unit, for the tablet at its service desk (relative).</summary>
    public static string Kiosk(string unitCode) => "/Survei/Kiosk/" + Uri.EscapeDataString(unitCode);

    /// <summary>The staff's list of kiosk links.</summary>
    public const string KioskList = "/Survei/Kiosk";
}
