namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// Indonesian names for the parts of a figure's JSON path ("requests.byDecision.granted_full" → Permohonan ·
/// Keputusan · granted_full), as <see cref="ReportFigures"/> declares them; codes (channels, decisions, Pasal 17
/// letters, grounds) stay as the report's JSON names them. Each name is translated by the view (the English entries are
/// checked by a test).
/// </summary>
public static class FigureLabels
{
    public static IReadOnlyDictionary<string, string> Names => ReportFigures.Names;

    /// <summary>The path's parts, each an Indonesian name to translate or a code to show as it is.</summary>
    public static IEnumerable<(string Text, bool IsName)> Parts(string path) =>
        (path ?? "").Split('.').Select(p => Names.TryGetValue(p, out var n) ? (n, true) : (p, false));
}
