namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// Indonesian names for the parts of a figure's JSON path ("requests.byDecision.granted_full" → Permohonan ·
/// Keputusan · granted_full); codes (channels, decisions, Pasal 17 letters, grounds) stay as contracts.md names them.
/// Each name is translated by the view (the English entries are checked by a test).
/// </summary>
public static class FigureLabels
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["requests"] = "Permohonan",
        ["objections"] = "Keberatan",
        ["disputes"] = "Sengketa",
        ["received"] = "Diterima",
        ["byChannel"] = "Saluran",
        ["withdrawn"] = "Ditarik",
        ["decided"] = "Diputus",
        ["pending"] = "Belum diputus",
        ["byDecision"] = "Keputusan",
        ["exemptions"] = "Alasan pengecualian",
        ["extended"] = "Diperpanjang",
        ["onTime"] = "Tepat waktu",
        ["late"] = "Terlambat",
        ["overdue"] = "Lewat tenggat",
        ["processingDays"] = "Waktu pemenuhan (hari kerja)",
        ["processingDaysDistribution"] = "Sebaran waktu pemenuhan",
        ["mean"] = "rerata",
        ["median"] = "median",
        ["min"] = "terpendek",
        ["max"] = "terpanjang",
        ["byGround"] = "Alasan keberatan",
        ["byOutcome"] = "Hasil",
        ["courtCases"] = "Gugatan ke pengadilan",
    };

    /// <summary>The path's parts, each an Indonesian name to translate or a code to show as it is.</summary>
    public static IEnumerable<(string Text, bool IsName)> Parts(string path) =>
        (path ?? "").Split('.').Select(p => Names.TryGetValue(p, out var n) ? (n, true) : (p, false));
}
