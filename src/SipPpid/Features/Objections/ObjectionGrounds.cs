using SipPpid.Domain;

namespace SipPpid.Features.Objections;

/// <summary>
/// Which grounds of Pasal 35(1) fit the request's state on the filing date: a only after a rejection of exempt
/// information; c (not answered) once the notice deadline passed without a notice; g likewise, or when the notice
/// came after the deadline; d and e after a decision; f when a fee was charged; b always. Pure: request, calendar
/// and date in, the reason a ground does not fit (Indonesian, a resource key) out.
/// </summary>
public static class ObjectionGrounds
{
    /// <summary>Null when <paramref name="letter"/> fits; otherwise why not.</summary>
    public static string? WhyNot(string letter, InformationRequest r, WorkingCalendar calendar, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadline = calendar.DeadlineOf(r.ReceivedDate, r.ExtensionDate);
        var unanswered = r.NoticeDate is null && date > deadline;
        return letter switch
        {
            "a" when r.Decision != Decision.RejectedExempt =>
                "Alasan a hanya dapat dipilih bila permohonan ditolak karena informasi dikecualikan.",
            "c" when !unanswered =>
                "Alasan c hanya dapat dipilih bila batas waktu pemberitahuan tertulis sudah lewat tanpa pemberitahuan.",
            "g" when !unanswered && !(r.NoticeDate > deadline) =>
                "Alasan g hanya dapat dipilih bila pemberitahuan tertulis tidak diberikan atau diberikan sesudah batas waktu.",
            "d" or "e" when r.NoticeDate is null =>
                "Alasan d dan e hanya dapat dipilih sesudah PPID memberikan pemberitahuan tertulis.",
            "f" when r.Fee is not > 0 =>
                "Alasan f hanya dapat dipilih bila permohonan dikenai biaya.",
            "a" or "b" or "c" or "d" or "e" or "f" or "g" => null,
            _ => "Alasan keberatan tidak dikenal.",
        };
    }

    /// <summary>The grounds that fit on <paramref name="date"/>.</summary>
    public static IReadOnlyList<string> Fitting(InformationRequest r, WorkingCalendar calendar, DateOnly date) =>
        ObjectionCodes.Grounds.Where(g => WhyNot(g, r, calendar, date) is null).ToList();
}
