using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Requests;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// The live reconciliation dashboard (SOP step 1): one row per unit of the user's scope with the service report's
/// figures for the chosen period, a total row, the monthly trend and the due-soon and overdue lists. The table
/// refreshes itself every few seconds (htmx polling reads the database, so it sees changes from any instance).
/// </summary>
public sealed class IndexModel(AppDbContext db, ServiceReport report, CurrentScope scope, CalendarSource calendars, BodyClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? Preset { get; set; }

    [BindProperty(SupportsGet = true, Name = "dari")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public string? Unit { get; set; }

    public ServiceReportResult Report { get; private set; } = null!;

    /// <summary>The Survei Kepuasan Masyarakat of the same period and subtree, beside each unit's service figures (issue 16).</summary>
    public SurveyReport Survey { get; private set; } = null!;

    /// <summary>A unit's survey figures (own responses, as its service figures are its own requests); the total when <paramref name="code"/> is null.</summary>
    public SurveyResult? SurveyOf(string? code) => code is null ? Survey.Total : Survey.Units.FirstOrDefault(u => u.Code == code);
    public List<(string Label, int Received, int Decided, int OnTime)> Trend { get; private set; } = [];
    public List<IndexModel.Due> DueSoon { get; private set; } = [];
    public List<IndexModel.Due> Overdue { get; private set; } = [];

    /// <summary>Requests reopened after an upheld objection (ReportRules.FollowUp): decided in the figures, open again here.</summary>
    public List<IndexModel.Due> FollowUp { get; private set; } = [];

    public sealed record Due(int Id, string Number, string Unit, DateOnly Deadline, string Applicant);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        // The trend splits the table's requests by month of receipt, each counted as of the table's day, so its
        // columns add up to the table's Diterima, Diputus and Tepat waktu.
        foreach (var (from, to) in ReportPeriod.Months(Report.FromDate(), Report.ToDate()))
        {
            var month = (await report.RunAsync(new ServiceReport.Query(from, to, Report.Unit, Report.AsOfDate()), ct))!.Total.Requests;
            Trend.Add((from.ToString("MMM yyyy", CultureInfo.CurrentCulture), month.Received, month.Decided, month.OnTime));
        }

        var calendar = await calendars.GetAsync(ct);
        var unitScope = await scope.GetAsync(ct);
        DueSoon = await ListAsync(new RequestFilter { State = "due_soon", Sort = "deadline", Under = Report.Unit }, unitScope, calendar, ct);
        Overdue = await ListAsync(new RequestFilter { State = "overdue", Sort = "deadline", Under = Report.Unit }, unitScope, calendar, ct);
        FollowUp = await ListAsync(new RequestFilter { State = "follow_up", Sort = "deadline", Under = Report.Unit }, unitScope, calendar, ct);
        return Page();
    }

    /// <summary>The same figures as a file: the service report JSON (as the report API gives it), or the per-unit table as CSV or XLSX.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var name = $"laporan-layanan-{Report.Unit}-{Report.From}-{Report.To}";
        return format switch
        {
            "csv" => File(ServiceReportTable.Csv(Report), "text/csv", name + ".csv"),
            "xlsx" => File(ServiceReportTable.Xlsx(Report), ServiceReportTable.XlsxContentType, name + ".xlsx"),
            _ => File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Report), "application/json", name + ".json"),
        };
    }

    /// <summary>The reconciliation table alone, for the htmx refresh.</summary>
    public async Task<IActionResult> OnGetTableAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Partial("_Reconciliation", this) : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var (from, to) = ReportPeriod.Of(Preset ?? "year", clock.Today, From, To);
        (From, To) = (from, to);
        var unitScope = await scope.GetAsync(ct);
        if (!unitScope.IsAll)
        {
            var own = unitScope.PathPrefix!.TrimEnd('/').Split('/')[^1];
            Unit ??= own;
            var path = await db.Units.Where(u => u.Code == Unit).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null || !unitScope.Contains(path)) return false;
        }

        var result = await report.RunAsync(new ServiceReport.Query(from, to, string.IsNullOrEmpty(Unit) ? null : Unit), ct);
        if (result is null) return false;
        Report = result;
        // One SurveyTallies call for the whole table, never one per unit.
        var top = await db.Units.AsNoTracking().Where(u => u.Code == result.Unit).Select(u => new { u.Path, Root = u.ParentId == null }).FirstAsync(ct);
        Survey = await SurveyTallies.CountAsync(db, top.Path, top.Root ? null : result.Unit, from, to, ct);
        return true;
    }

    private async Task<List<Due>> ListAsync(RequestFilter filter, UnitScope unitScope, WorkingCalendar calendar, CancellationToken ct) =>
        (await db.Requests.AsNoTracking().InScope(unitScope).Matching(filter, calendar, clock.Today).Take(10)
            .Select(r => new { r.Id, r.RegistrationNumber, r.Unit!.Code, r.Deadline, r.ApplicantName }).ToListAsync(ct))
        .Select(r => new Due(r.Id, r.RegistrationNumber, r.Code, r.Deadline, r.ApplicantName)).ToList();

    /// <summary>The register URL listing exactly the requests behind one number of the table.</summary>
    public string Drill(string? unit, bool total, string? figure = null, string? channel = null, string? decision = null)
    {
        var q = new List<string> { $"Filter.From={Report.From}", $"Filter.To={Report.To}", "Filter.Sort=received_asc" };
        q.Add(total ? $"Filter.Under={Uri.EscapeDataString(Report.Unit)}" : $"Filter.Unit={Uri.EscapeDataString(unit!)}");
        if (figure is not null) q.Add($"Filter.Figure={Uri.EscapeDataString(figure)}&Filter.AsOf={Report.AsOf}");
        if (channel is not null) q.Add($"Filter.Channel={channel}");
        if (decision is not null) q.Add($"Filter.Decision={decision}");
        return "/Requests?" + string.Join('&', q);
    }

    /// <summary>The Register Keberatan URL listing the objections a row counts (received in the period, by the request's unit).</summary>
    public string DrillObjections(string? unit, bool total) =>
        $"/Objections?Filter.From={Report.From}&Filter.To={Report.To}&Filter.Sort=received_asc&"
        + (total ? $"Filter.Under={Uri.EscapeDataString(Report.Unit)}" : $"Filter.Unit={Uri.EscapeDataString(unit!)}");

    /// <summary>
    /// The list of the disputes a row counts (registered in the period, by the request's unit), optionally those with
    /// one outcome as of the report's day (`pending`: none yet), by the rules the figures use (ReportRules).
    /// </summary>
    public string DrillDisputes(string? unit, bool total, string? outcome = null) =>
        $"/Objections/Disputes?Filter.From={Report.From}&Filter.To={Report.To}&Filter.AsOf={Report.AsOf}&"
        + (total ? $"Filter.Under={Uri.EscapeDataString(Report.Unit)}" : $"Filter.Unit={Uri.EscapeDataString(unit!)}")
        + (outcome is null ? "" : $"&Filter.Outcome={Uri.EscapeDataString(outcome)}");

    /// <summary>
    /// The report menu (SOP step 2): each report for the dashboard's period and unit subtree, as a print view and as
    /// files. The registers list the requests and objections received in the period, by the registers' own filters.
    /// </summary>
    public IEnumerable<(string Id, string Label, string Print, (string Format, string Href)[] Files)> Menu()
    {
        var q = $"dari={Report.From}&sampai={Report.To}&unit={Uri.EscapeDataString(Report.Unit)}";
        var register = $"Filter.From={Report.From}&Filter.To={Report.To}&Filter.Under={Uri.EscapeDataString(Report.Unit)}&Filter.Sort=received_asc";
        (string, string)[] Files(string print, string xlsx, string csv, string json) => [("PDF", print + "&format=pdf"), ("XLSX", xlsx), ("CSV", csv), ("JSON", json)];
        var download = $"/Reports?handler=Download&{Query}&format=";
        yield return ("service", "Laporan Layanan Informasi Publik", $"/Reports/Service?{q}", [("PDF", $"/Reports/Service?{q}&format=pdf")]);
        yield return ("recap", "Rekap per Unit", $"/Reports/Recap?{q}", Files($"/Reports/Recap?{q}", download + "xlsx", download + "csv", download + "json"));
        // The SKM report lives in Features/Survey (which Reports may reference); linked by URL only.
        yield return ("survey", "Laporan Survei Kepuasan Masyarakat", $"/Survei/Laporan?{q}",
            Files($"/Survei/Laporan?{q}", $"/Survei/Laporan?{q}&format=xlsx", $"/Survei/Laporan?{q}&format=csv", $"/Survei/Laporan?{q}&format=json"));
        yield return ("requests", "Register Permohonan", $"/Requests/Print?{register}",
            Files($"/Requests/Print?{register}", $"/Requests?handler=Xlsx&{register}", $"/Requests?handler=Csv&{register}", $"/Requests?handler=Json&{register}"));
        yield return ("objections", "Register Keberatan", $"/Objections/Print?{register}",
            Files($"/Objections/Print?{register}", $"/Objections?handler=Xlsx&{register}", $"/Objections?handler=Csv&{register}", $"/Objections?handler=Json&{register}"));
    }

    public string Query => $"periode=custom&dari={Report.From}&sampai={Report.To}&unit={Uri.EscapeDataString(Report.Unit)}";
}

internal static class ReportDates
{
    public static DateOnly FromDate(this ServiceReportResult r) => DateOnly.ParseExact(r.From, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ToDate(this ServiceReportResult r) => DateOnly.ParseExact(r.To, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly AsOfDate(this ServiceReportResult r) => DateOnly.ParseExact(r.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
