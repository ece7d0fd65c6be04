using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Features.Requests;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Security;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.PublicRequests;

/// <summary>
/// Public tracking: with the number and the tracking code, the request's status, its public history, the deadline
/// ("hari ke-N dari 10") and the information provided as downloads. A wrong code and an unknown number get the same
/// answer (404 with the form again, what was typed kept and <see cref="Mismatch"/>), so numbers cannot be probed.
/// </summary>
[EnableRateLimiting(RateLimits.Tracking)]
[NoReferrer]
public sealed class TrackModel(
    AppDbContext db, CalendarSource calendars, BodyClock clock, FileStore files, RequestProcessing processing, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The steps the applicant sees; internal notes, routing back and officers' names stay inside.</summary>
    public static readonly RequestEventKind[] PublicKinds =
    [
        RequestEventKind.Received, RequestEventKind.Routed, RequestEventKind.Extended, RequestEventKind.Decided,
        RequestEventKind.Delivered, RequestEventKind.Withdrawn, RequestEventKind.IncompleteAsked, RequestEventKind.ObjectionFiled,
        RequestEventKind.ObjectionDecided, RequestEventKind.Reopened, RequestEventKind.DeadlineMoved,
    ];

    public sealed record TimelineEntry(RequestEventKind Kind, DateOnly Date, string? UnitName);

    public sealed record Download(int Id, string FileName, long Size);

    [BindProperty(SupportsGet = true, Name = "nomor")]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Code { get; set; }

    public InformationRequest? InfoRequest { get; private set; }
    public DeadlineInfo? Deadline { get; private set; }
    public IReadOnlyList<TimelineEntry> Steps { get; private set; } = [];
    public IReadOnlyList<Download> Downloads { get; private set; } = [];

    /// <summary>The Surat Penetapan Klasifikasi a refusal or a partial grant cites (its public part).</summary>
    public DikCitation? Citation { get; private set; }

    /// <summary>The letters on the request the applicant may open (<see cref="LetterView.Kinds"/>).</summary>
    public IReadOnlyList<string> Letters { get; private set; } = [];

    /// <summary>The satisfaction survey's invitation (or thanks) once the request is decided.</summary>
    public SurveyInvitation? Survey { get; private set; }

    [BindProperty]
    public WithdrawalInput Withdrawal { get; set; } = new();

    public sealed class WithdrawalInput
    {
        public bool Confirm { get; set; }
        public string? Reason { get; set; }
    }

    /// <summary>The ModelState key of "the number and the code do not match": it concerns both fields.</summary>
    public const string Mismatch = "nomor-kode";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Code)) return Page();
        if (string.IsNullOrWhiteSpace(Number)) ModelState.AddModelError("nomor", t["Isi nomor pendaftaran."]);
        if (string.IsNullOrWhiteSpace(Code)) ModelState.AddModelError("kode", t["Isi kode pelacakan."]);
        if (ModelState.ErrorCount > 0 || await LoadAsync(ct)) return Page();
        ModelState.AddModelError(Mismatch, t["Nomor pendaftaran dan kode pelacakan tidak cocok. Periksa keduanya pada tanda bukti penerimaan."]);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The applicant withdraws an open request (only with the number and the tracking code).</summary>
    public async Task<IActionResult> OnPostTarikAsync(CancellationToken ct)
    {
        var r = await db.Requests.ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (r is null) return NotFound();
        // The history is kept in Indonesian whatever language the applicant reads.
        var note = "Ditarik oleh pemohon melalui laman lacak" + (Withdrawal.Reason?.Trim() is { Length: > 0 } reason ? ": " + reason[..Math.Min(reason.Length, 1000)] : ".");
        var error = Withdrawal.Confirm
            ? await processing.WithdrawAsync(r, clock.Today, note, Actor.Applicant, ct)
            : new FieldError("Withdrawal.Confirm", t["Centang pernyataan bahwa Anda menarik permohonan ini."]);
        if (error is null)
        {
            TempData["Message"] = t["Permohonan {0} telah ditarik kembali.", r.RegistrationNumber].Value;
            return RedirectToPage(new { nomor = r.RegistrationNumber, kode = r.TrackingCode });
        }

        ModelState.AddModelError(error.Field.Length > 0 ? error.Field : "Withdrawal.Confirm", error.Message);
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        InfoRequest = await db.Requests.AsNoTracking().Include(r => r.Unit).ByTracking(Number, Code).FirstOrDefaultAsync(ct);
        if (InfoRequest is null) return false;
        Letters = LetterView.Kinds.Where(k => LetterView.Exists(InfoRequest, k)).ToList();
        Citation = await DikCitations.ReadAsync(db, InfoRequest.DikDecreeId, ct);
        Survey = await SurveyInvitation.ForAsync(db, InfoRequest, ct);

        var calendar = await calendars.GetAsync(ct);
        Deadline = calendar.Describe(InfoRequest, clock.Today);
        var id = InfoRequest.Id;
        Steps = await db.RequestEvents.AsNoTracking()
            .Where(e => e.RequestId == id && PublicKinds.Contains(e.Kind))
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new TimelineEntry(e.Kind, e.Date, e.Kind == RequestEventKind.Routed
                ? db.Units.Where(u => u.Id == e.ToUnitId).Select(u => u.Name).FirstOrDefault() : null))
            .ToListAsync(ct);
        Downloads = await db.RequestFiles.AsNoTracking()
            .Where(f => f.RequestId == id && f.Kind == FileKind.InformationProvided)
            .OrderBy(f => f.Id)
            .Select(f => new Download(f.Id, f.FileName, f.Size))
            .ToListAsync(ct);
        return true;
    }

    /// <summary>GET /Lacak?handler=Berkas&amp;nomor=…&amp;kode=…&amp;id=…: a provided file, re-checked against number and code.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(int id, CancellationToken ct)
    {
        var file = await db.Requests.AsNoTracking().ByTracking(Number, Code)
            .SelectMany(r => db.RequestFiles.Where(f => f.RequestId == r.Id && f.Id == id && f.Kind == FileKind.InformationProvided))
            .FirstOrDefaultAsync(ct);
        if (file is null) return NotFound();
        return File(files.Open(file.StorageKey), file.ContentType, file.DownloadName(Number!));
    }

    /// <summary>The step's text (a key of the resource file; {0} is the extension's days, <see cref="StepArgument"/>).</summary>
    public static string StepLabel(RequestEventKind kind) => kind switch
    {
        RequestEventKind.Received => "Permohonan diterima dan dicatat",
        RequestEventKind.Routed => "Diteruskan kepada unit yang menguasai informasi",
        RequestEventKind.Extended => "Jangka waktu diperpanjang {0} hari kerja",
        RequestEventKind.Decided => "Pemberitahuan tertulis diberikan",
        RequestEventKind.Delivered => "Informasi diserahkan",
        RequestEventKind.Withdrawn => "Permohonan ditarik kembali",
        RequestEventKind.IncompleteAsked => "Pemohon diminta melengkapi permohonan",
        RequestEventKind.ObjectionFiled => "Keberatan diajukan kepada Atasan PPID",
        RequestEventKind.ObjectionDecided => "Atasan PPID menanggapi keberatan",
        RequestEventKind.Reopened => "Permohonan dibuka kembali untuk ditindaklanjuti",
        RequestEventKind.DeadlineMoved => "Batas waktu bergeser karena perubahan kalender hari kerja",
        _ => kind.ToString(),
    };

    /// <summary>The number a step's text takes: the days of an extension, from the rule.</summary>
    public const int StepArgument = ServiceDeadlines.ExtensionDays;
}
