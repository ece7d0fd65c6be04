using System.Globalization;

namespace SipPpid.Features.Survey;

/// <summary>
/// The elements' NRR as a horizontal bar chart drawn on the server (<c>_SurveyChart.cshtml</c>): one SVG of attributes
/// only (the Content-Security-Policy allows no inline style), the same on screen, in print and in the PDF. Each bar's
/// figure is written beside it, so the chart reads without seeing the bars; an element without answers has no bar.
/// </summary>
public sealed record SurveyChart(string Id, string Caption, IReadOnlyList<(string Label, decimal? Nrr)> Rows)
{
    public const int LabelWidth = 270, BarWidth = 300, RowHeight = 26, Top = 8, Max = 4;

    public int Height => Top + Rows.Count * RowHeight + 22;

    /// <summary>The x of a value on the 0–4 scale.</summary>
    public static string X(decimal value) => (LabelWidth + value / Max * BarWidth).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Y(int row, int offset = 0) => (Top + row * RowHeight + offset).ToString(CultureInfo.InvariantCulture);

    public static string Width(decimal value) => (value / Max * BarWidth).ToString("0.##", CultureInfo.InvariantCulture);
}
