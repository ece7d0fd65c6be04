using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Units;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>The Register Permohonan: the officer's list with filters, paging and exports of exactly the filtered rows.</summary>
public sealed class IndexModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public RequestFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record ListRow(int Id, string Number, DateOnly Received, string UnitCode, string UnitName, Channel Channel,
        string ApplicantName, string Information, RequestStatus Status, Decision? Decision, DeadlineInfo Deadline);

    public List<ListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    /// <summary>Listed requests reopened after an upheld objection (open again, decided in the report).</summary>
    public int FollowUpsListed { get; private set; }

    /// <summary>The day a drill-down figure is counted as of (ReportPeriod.AsOf, the report's rule).</summary>
    public DateOnly FigureAsOf => ReportPeriod.AsOf(Filter.AsOf ?? Filter.To ?? clock.Today, clock.Today);

    public bool CanEnterAtDesk => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unitScope = await scope.GetAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        var q = db.Requests.AsNoTracking().InScope(unitScope).Matching(Filter, calendar, today);
        Total = await q.CountAsync(ct);
        // A status filter of an open status also lists reopened requests, which the report counts as decided: say how many.
        if (Filter.Status is not null && Total > 0) FollowUpsListed = await q.Where(ReportRules.FollowUp).CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var page = await q.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Id,
                r.RegistrationNumber,
                r.ReceivedDate,
                r.Unit!.Code,
                r.Unit.Name,
                r.Channel,
                r.ApplicantName,
                r.InformationRequested,
                r.Status,
                r.Decision,
                r.ExtensionDate,
                r.NoticeDate,
                r.WithdrawnDate
            })
            .ToListAsync(ct);
        Rows = page.Select(r => new ListRow(r.Id, r.RegistrationNumber, r.ReceivedDate, r.Code, r.Name, r.Channel, r.ApplicantName,
            r.InformationRequested.Length > 120 ? r.InformationRequested[..120] + "…" : r.InformationRequested, r.Status, r.Decision,
            calendar.Describe(new InformationRequest
            {
                ReceivedDate = r.ReceivedDate,
                ExtensionDate = r.ExtensionDate,
                NoticeDate = r.NoticeDate,
                WithdrawnDate = r.WithdrawnDate,
                Status = r.Status,
            }, today))).ToList();
        Units = await db.Units.AsNoTracking().InScope(unitScope).OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, null, u.Path, u.IsActive, null, null, null, null)).ToListAsync(ct);
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(RegisterExport.Csv, "text/csv", "csv", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) => ExportAsync(RegisterExport.Xlsx, RegisterExport.XlsxContentType, "xlsx", ct);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken ct) => ExportAsync(RegisterExport.Json, "application/json", "json", ct);

    private async Task<IActionResult> ExportAsync(Func<IEnumerable<RegisterExport.Row>, byte[]> write, string type, string ext, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var rows = await db.Requests.AsNoTracking().InScope(await scope.GetAsync(ct)).Matching(Filter, calendar, clock.Today)
            .ToRegisterRows().ToListAsync(ct);
        return File(write(rows), type, $"register-permohonan-{clock.Today:yyyyMMdd}.{ext}");
    }

    /// <summary>The current filter as query values, for paging and export links.</summary>
    public Dictionary<string, string> RouteFor(int? page = null, string? handler = null) => Route(Filter, page, handler);

    /// <summary>A filter as query values (the print view links to the same filter's exports with it).</summary>
    public static Dictionary<string, string> Route(RequestFilter filter, int? page = null, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) values[key] = value;
        }

        Add("Filter.Q", filter.Q);
        Add("Filter.Status", filter.Status);
        Add("Filter.Unit", filter.Unit);
        Add("Filter.Channel", filter.Channel);
        Add("Filter.Decision", filter.Decision);
        Add("Filter.From", filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Filter.To", filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Filter.State", filter.State);
        Add("Filter.Under", filter.Under);
        Add("Filter.Figure", filter.Figure);
        Add("Filter.AsOf", filter.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("Filter.Sort", filter.Sort);
        if (page is { } p) values["p"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Add("handler", handler);
        return values;
    }
}
