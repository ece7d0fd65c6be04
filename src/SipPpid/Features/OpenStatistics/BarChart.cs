using System.Globalization;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// A horizontal bar chart drawn on the server (<c>_BarChart.cshtml</c>): each row a label and one or more bars, each
/// bar an SVG rectangle (attributes only: the Content-Security-Policy allows no inline style) with its number written
/// beside it, so the chart reads without JavaScript and without seeing the bars. The table below it holds the same numbers.
/// </summary>
public sealed record BarChart(string Id, string Caption, string TableId, IReadOnlyList<BarChart.Row> Rows, IReadOnlyList<BarChart.Key> Legend)
{
    public sealed record Row(string Label, IReadOnlyList<Bar> Bars);

    /// <summary>A bar; a null value draws no bar and shows only its text (a suppressed figure).</summary>
    public sealed record Bar(decimal? Value, decimal Max, string Text, string Css)
    {
        /// <summary>The bar's length in the 0–100 view box; a non-zero value is drawn at least 0.5 long so it shows.</summary>
        public string Width => Value is { } v && Max > 0 ? Math.Max(v == 0 ? 0 : 0.5m, Math.Round(100m * v / Max, 2)).ToString(CultureInfo.InvariantCulture) : "0";
    }

    public sealed record Key(string Label, string Css);
}
