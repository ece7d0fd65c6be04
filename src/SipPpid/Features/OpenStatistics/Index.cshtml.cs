using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SipPpid.Features.Reports;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.OpenStatistics;

/// <summary>
/// Statistik: the public service figures of an ended period (year, semester, month) per unit and in total, with
/// charts drawn on the server, the same figures as CSV and JSON, and how each is counted. Anyone may read it; a
/// period that has not ended is refused with a message (its figures are provisional).
/// </summary>
[EnableRateLimiting(RateLimits.PublicReads)]
public sealed class IndexModel(LoadOpenStatistics load, BodyClock clock) : PageModel
{
    private static readonly CultureInfo Id = IndonesianDates.Culture;

    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? PeriodCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public StatisticsPeriod Period { get; private set; } = null!;
    public PublicStatistics? Statistics { get; private set; }
    public ServiceReportResult? Report { get; private set; }

    /// <summary>The period's Survei Kepuasan Masyarakat per row (ended periods only); null when it has no responses.</summary>
    public SurveyReport? Survey { get; private set; }

    /// <summary>Why there are no figures to show (a period not ended, an unknown period code).</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<(int Year, IReadOnlyList<StatisticsPeriod> Periods)> Periods { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Breadcrumb { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periods = StatisticsPeriod.Ended(await load.FirstYearAsync(ct), clock.Today).ToList();
        var outcome = await LoadAsync(ct);
        if (outcome is LoadOpenStatistics.UnknownUnit) return NotFound();
        if (outcome is LoadOpenStatistics.Found found)
        {
            (Statistics, Report, Survey) = (found.Statistics, found.Report, found.Survey);
            if (!string.IsNullOrWhiteSpace(Unit)) Breadcrumb = await load.PathAsync(found.Statistics.Unit, ct);
        }

        return Page();
    }

    /// <summary>The same figures as a file: <c>format=csv</c> or JSON (default); a period not ended answers 400 with the reason.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        var outcome = await LoadAsync(ct);
        if (outcome is not LoadOpenStatistics.Found { Statistics: var s }) return outcome is LoadOpenStatistics.UnknownUnit ? NotFound() : BadRequest(Refusal ?? "Periode tidak dikenal.");
        var name = $"statistik-layanan-{s.Unit}-{s.Period}".ToLowerInvariant();
        return format == "csv"
            ? File(OpenStatisticsTable.Csv(s), "text/csv", name + ".csv")
            : File(JsonSerializer.SerializeToUtf8Bytes(s), "application/json", name + ".json");
    }

    private async Task<LoadOpenStatistics.Outcome?> LoadAsync(CancellationToken ct)
    {
        var parsed = StatisticsPeriod.Parse(PeriodCode);
        if (parsed is null && !string.IsNullOrWhiteSpace(PeriodCode))
        {
            Refusal = $"Periode “{PeriodCode}” tidak dikenal. Pilih tahun (2025), semester (2025-S1) atau bulan (2025-03).";
            Period = StatisticsPeriod.LatestYear(clock.Today);
            return null;
        }

        Period = parsed ?? StatisticsPeriod.LatestYear(clock.Today);
        var outcome = await load.RunAsync(Period, Unit, ct);
        if (outcome is LoadOpenStatistics.NotEnded)
            Refusal = $"Periode {Period.Label} belum berakhir (sampai dengan {IndonesianDates.Format(Period.To)}). Statistik terbuka hanya memuat periode yang sudah selesai, "
                      + "karena angka periode yang masih berjalan masih dapat berubah; begitu pula Indeks Kepuasan Masyarakat (SKM). Pilih periode lain.";
        return outcome;
    }

    /// <summary>The address of this page for another unit or period (drill-down, breadcrumb, downloads).</summary>
    public string Link(string? unit = null, string? handler = null, string? format = null)
    {
        var q = new List<string> { "periode=" + Uri.EscapeDataString(Period.Code) };
        if (!string.IsNullOrEmpty(unit)) q.Add("unit=" + Uri.EscapeDataString(unit));
        if (handler is not null) q.Add("handler=" + handler);
        if (format is not null) q.Add("format=" + format);
        return "/Statistik?" + string.Join('&', q);
    }

    public static string Num(decimal? d) => d?.ToString("0.##", Id) ?? "–";

    public static string Pct(int part, int whole) => whole == 0 ? "–" : (100m * part / whole).ToString("0.#", Id) + "%";
}
