using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Features.Reports;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.WorkQueue;

/// <summary>
/// The Dasbor, where signing in lands: the officer's work queue as of today, within the user's unit scope. Each count
/// is a filter of the Register Permohonan or Register Keberatan, counted by that register's own query and linked to
/// it, so the number and the list it opens cannot disagree. Officers (and the Admin) see new, due-soon and overdue
/// requests and objections; the Atasan PPID the objections awaiting their decision; the PPID Utama and the Admin
/// also this year's reconciliation summary, from the service report's figures (the dashboard's one way of counting).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock, ServiceReport report) : PageModel
{
    /// <summary>How many items each short list shows (the count links to all of them).</summary>
    public const int ListSize = 8;

    /// <summary>One count of the queue: what it counts and the register list that shows exactly those items.</summary>
    public sealed record Tile(string Id, string Label, string Hint, int Count, string Href, string Tone);

    public sealed record Item(int Id, string Number, string Href, string UnitCode, string Who, DeadlineInfo Deadline);

    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string? UnitName { get; private set; }
    public DateOnly Today { get; private set; }

    public bool ShowsRequests => Role != Roles.AtasanPpid;
    public bool IsAtasan => Role == Roles.AtasanPpid;

    public List<Tile> RequestTiles { get; } = [];
    public List<Item> RequestItems { get; private set; } = [];
    public List<Tile> ObjectionTiles { get; } = [];
    public List<Item> ObjectionItems { get; private set; } = [];

    /// <summary>This year to today (PPID Utama and Admin): the service report's figures, as on the dashboard.</summary>
    public ServiceReportResult? Summary { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Role = Roles.All.FirstOrDefault(User.IsInRole) ?? "";
        Name = User.FindFirstValue(AppClaims.FullName) ?? User.Identity?.Name ?? "";
        if (int.TryParse(User.FindFirstValue(AppClaims.UnitId), out var unitId))
            UnitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        Today = clock.Today;
        var unitScope = await scope.GetAsync(ct);
        var calendar = await calendars.GetAsync(ct);

        if (ShowsRequests)
        {
            IQueryable<InformationRequest> RequestList(RequestFilter f) => db.Requests.AsNoTracking().InScope(unitScope).Matching(f, calendar, Today);
            foreach (var (id, label, hint, tone, filter) in new (string, string, string, string, RequestFilter)[]
                     {
                         ("new", "Baru", "terdaftar, belum diproses", "primary", new() { Status = "registered", Sort = "deadline" }),
                         ("due_soon", "Segera jatuh tempo", "tenggat dalam {0} hari kerja", "warning", new() { State = "due_soon", Sort = "deadline" }),
                         ("overdue", "Lewat tenggat", "belum diberi pemberitahuan tertulis", "danger", new() { State = "overdue", Sort = "deadline" }),
                     })
            {
                RequestTiles.Add(new Tile(id, label, hint, await RequestList(filter).CountAsync(ct), Href("/Requests", SipPpid.Features.Requests.IndexModel.Route(filter)), tone));
            }

            // What to act on first: the overdue, then the due soon, each by deadline (the register's own lists).
            var rows = new List<(int Id, string Number, string Unit, string Who, InformationRequest Dates)>();
            foreach (var state in new[] { "overdue", "due_soon" })
            {
                rows.AddRange((await RequestList(new RequestFilter { State = state, Sort = "deadline" }).Take(ListSize - rows.Count)
                        .Select(r => new { r.Id, r.RegistrationNumber, r.Unit!.Code, r.ApplicantName, r.ReceivedDate, r.ExtensionDate, r.NoticeDate, r.WithdrawnDate, r.Status })
                        .ToListAsync(ct))
                    .Select(r => (r.Id, r.RegistrationNumber, r.Code, r.ApplicantName, new InformationRequest
                    {
                        ReceivedDate = r.ReceivedDate,
                        ExtensionDate = r.ExtensionDate,
                        NoticeDate = r.NoticeDate,
                        WithdrawnDate = r.WithdrawnDate,
                        Status = r.Status,
                    })));
            }

            RequestItems = rows.Select(r => new Item(r.Id, r.Number, $"/Requests/Details/{r.Id}", r.Unit, r.Who, calendar.Describe(r.Dates, Today))).ToList();
        }

        IQueryable<Objection> ObjectionList(ObjectionFilter f) => db.Objections.AsNoTracking().InScope(unitScope).Matching(f, calendar, Today);
        var awaiting = new ObjectionFilter { Status = "registered", Sort = "deadline" };
        foreach (var (id, label, hint, tone, filter) in new (string, string, string, string, ObjectionFilter)[]
                 {
                     ("awaiting", IsAtasan ? "Menunggu keputusan Anda" : "Menunggu tanggapan Atasan PPID", "belum ditanggapi", "primary", awaiting),
                     ("due_soon", "Segera jatuh tempo", "tenggat dalam {0} hari kerja", "warning", new() { State = "due_soon", Sort = "deadline" }),
                     ("overdue", "Lewat tenggat", "tenggat tanggapan terlewati", "danger", new() { State = "overdue", Sort = "deadline" }),
                 })
        {
            ObjectionTiles.Add(new Tile(id, label, hint, await ObjectionList(filter).CountAsync(ct), Href("/Objections", SipPpid.Features.Objections.IndexModel.Route(filter)), tone));
        }

        ObjectionItems = (await ObjectionList(awaiting).Take(ListSize)
                .Select(o => new { o.Id, o.ObjectionNumber, o.Request!.Unit!.Code, o.Request.ApplicantName, o.ProxyName, o.ReceivedDate, o.Deadline, o.Status, o.DecisionDate })
                .ToListAsync(ct))
            .Select(o => new Item(o.Id, o.ObjectionNumber, $"/Objections/Details/{o.Id}", o.Code, ObjectionQueries.ApplicantOrProxy(o.ApplicantName, o.ProxyName),
                calendar.Describe(new Objection { ReceivedDate = o.ReceivedDate, Deadline = o.Deadline, Status = o.Status, DecisionDate = o.DecisionDate }, Today)))
            .ToList();

        if (Role is Roles.PpidUtama or Roles.Admin)
            Summary = await report.RunAsync(new ServiceReport.Query(SummaryFrom, Today, null), ct);
    }

    public DateOnly SummaryFrom => new(Today.Year, 1, 1);

    /// <summary>The reconciliation dashboard for the summary's period, where every figure opens its requests.</summary>
    public string SummaryHref => Href("/Reports", new()
    {
        ["periode"] = "custom",
        ["dari"] = SummaryFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["sampai"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["unit"] = Summary?.Unit ?? "",
    });

    private static string Href(string page, Dictionary<string, string> route) =>
        page + QueryString.Create(route.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)));
}
