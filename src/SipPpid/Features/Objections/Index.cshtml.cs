using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Features.Units;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Objections;

/// <summary>The Register Keberatan (and the Atasan PPID's inbox): filters, paging and exports of exactly the filtered rows.</summary>
public sealed class IndexModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ObjectionFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public sealed record ListRow(int Id, string Number, DateOnly Received, string RequestNumber, string UnitCode, string UnitName,
        string Applicant, string Grounds, ObjectionStatus Status, ObjectionDecision? Decision, DeadlineInfo Deadline);

    public List<ListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var unitScope = await scope.GetAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = clock.Today;
        var q = db.Objections.AsNoTracking().InScope(unitScope).Matching(Filter, calendar, today);
        Total = await q.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var page = await q.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new
            {
                o.Id,
                o.ObjectionNumber,
                o.ReceivedDate,
                o.Request!.RegistrationNumber,
                o.Request.Unit!.Code,
                o.Request.Unit.Name,
                o.Request.ApplicantName,
                o.ProxyName,
                o.Grounds,
                o.Status,
                o.Decision,
                o.DecisionDate,
                o.Deadline,
            })
            .ToListAsync(ct);
        Rows = page.Select(o => new ListRow(o.Id, o.ObjectionNumber, o.ReceivedDate, o.RegistrationNumber, o.Code, o.Name,
            ObjectionQueries.ApplicantOrProxy(o.ApplicantName, o.ProxyName), o.Grounds.Replace(";", ", ", StringComparison.Ordinal), o.Status, o.Decision,
            calendar.Describe(new Objection { ReceivedDate = o.ReceivedDate, Deadline = o.Deadline, Status = o.Status, DecisionDate = o.DecisionDate }, today))).ToList();
        Units = await db.Units.AsNoTracking().InScope(unitScope).OrderBy(u => u.Path)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, null, u.Path, u.IsActive, null, null, null, null)).ToListAsync(ct);
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ObjectionRegisterExport.Csv, "text/csv", "csv", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        ExportAsync(ObjectionRegisterExport.Xlsx, ObjectionRegisterExport.XlsxContentType, "xlsx", ct);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken ct) => ExportAsync(ObjectionRegisterExport.Json, "application/json", "json", ct);

    private async Task<IActionResult> ExportAsync(Func<IEnumerable<ObjectionRegisterExport.Row>, byte[]> write, string type, string ext, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var rows = await db.Objections.AsNoTracking().InScope(await scope.GetAsync(ct)).Matching(Filter, calendar, clock.Today)
            .ToRegisterRows().ToListAsync(ct);
        return File(write(rows), type, $"register-keberatan-{clock.Today:yyyyMMdd}.{ext}");
    }

    /// <summary>The current filter as query values, for paging and export links.</summary>
    public Dictionary<string, string> RouteFor(int? page = null, string? handler = null) => Route(Filter, page, handler);

    /// <summary>A filter as query values (the print view links to the same filter's exports with it).</summary>
    public static Dictionary<string, string> Route(ObjectionFilter filter, int? page = null, string? handler = null)
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
        Add("Filter.Under", filter.Under);
        Add("Filter.From", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("Filter.To", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("Filter.State", filter.State);
        Add("Filter.Sort", filter.Sort);
        if (page is { } p) values["p"] = p.ToString(CultureInfo.InvariantCulture);
        Add("handler", handler);
        return values;
    }
}
