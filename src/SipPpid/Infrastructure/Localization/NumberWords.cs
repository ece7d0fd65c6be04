namespace SipPpid.Infrastructure.Localization;

/// <summary>
/// A number in Indonesian words, as letters write a legal time limit: "30 (tiga puluh) hari kerja". For the texts that
/// take their number from a constant (the day limits of <c>ServiceDeadlines</c>), so the words follow the figure.
/// </summary>
public static class NumberWords
{
    private static readonly string[] Units = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    /// <summary>0 to 999 in words: 10 "sepuluh", 11 "sebelas", 14 "empat belas", 30 "tiga puluh", 100 "seratus".</summary>
    public static string Indonesian(int n) => n switch
    {
        < 0 or > 999 => throw new ArgumentOutOfRangeException(nameof(n)),
        < 10 => Units[n],
        10 => "sepuluh",
        11 => "sebelas",
        < 20 => Units[n - 10] + " belas",
        < 100 => Units[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + Units[n % 10]),
        _ => (n / 100 == 1 ? "seratus" : Units[n / 100] + " ratus") + (n % 100 == 0 ? "" : " " + Indonesian(n % 100)),
    };
}
