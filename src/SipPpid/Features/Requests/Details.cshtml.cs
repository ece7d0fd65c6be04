using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Features.Requests;

/// <summary>
/// One request: its data, deadline, history, files and the actions the user may take. Outside the user's unit
/// scope the request, its files and its actions answer 404.
/// </summary>
public sealed class DetailsModel(
    AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock, RequestRouting routing,
    RequestProcessing processing, FileStore files, IStringLocalizer<SharedResource> t) : PageModel, IReopensForm
{
    public InformationRequest Item { get; private set; } = null!;
    public DeadlineInfo Deadline { get; private set; } = null!;
    public List<RequestEvent> Events { get; private set; } = [];
    public List<RequestFile> Files { get; private set; } = [];
    public Dictionary<int, string> UnitNames { get; private set; } = [];
    public List<(string Code, string Name)> RouteTargets { get; private set; } = [];
    public DateOnly Today => clock.Today;

    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    [BindProperty]
    public StepInput Step { get; set; } = new();

    /// <summary>The consequence test run with the decision ("Lakukan uji konsekuensi sekarang"), posted as <c>Dik.*</c>.</summary>
    [BindProperty]
    public DikForm Dik { get; set; } = new();

    /// <summary>The DIK entries the decision may cite: the unit chain's, in force today.</summary>
    public List<CitableEntry> CitableEntries { get; private set; } = [];

    /// <summary>The decree the decision cited (a refusal or a partial grant), and whether the user may open its entry.</summary>
    public DikCitation? Citation { get; private set; }

    public bool CanOpenCitation { get; private set; }

    public sealed class StepInput
    {
        public string? UnitCode { get; set; }
        public string? Note { get; set; }
        public DateOnly? Date { get; set; }
    }

    /// <summary>The form whose POST failed, so the page reopens it with its messages.</summary>
    public string? FailedAction { get; private set; }

    /// <summary>A text refused by the text rules (InvalidTextPageFilter) reopens its form.</summary>
    public void Reopen(string action) => FailedAction = action;

    public bool IsOfficer => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);
    public bool CanRoute => User.IsInRole(Roles.PpidUtama) && Item.IsOpen();
    public bool CanReturn => User.IsInRole(Roles.PpidPembantu) && Item.IsOpen() && Item.Unit!.ParentId is not null;
    public bool CanProcess => IsOfficer && Item.IsOpen();
    public bool ShowFullNik => PersonalData.SeesIdentity(User);

    /// <summary>Whether the user may open <paramref name="file"/>: identity documents follow the NIK's rule.</summary>
    public bool MayOpen(RequestFile file) => PersonalData.MayOpen(User, file.Kind);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetFileAsync(int id, int fileId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var file = Files.FirstOrDefault(f => f.Id == fileId);
        if (file is null) return NotFound();
        if (!MayOpen(file)) return Forbid();
        if (PersonalData.IsIdentityDocument(file.Kind))
        {
            db.Audit(User, PersonalData.DownloadAction, Item.RegistrationNumber,
                new { fileId = file.Id, kind = file.Kind.ToString(), unit = Item.Unit!.Code });
            await db.SaveChangesAsync(ct);
        }

        return File(files.Open(file.StorageKey), file.ContentType, file.DownloadName(Item.RegistrationNumber));
    }

    public Task<IActionResult> OnPostRouteAsync(int id, CancellationToken ct) =>
        ActAsync(id, "route", () => CanRoute, async r => Single(await routing.RouteAsync(r, Step.UnitCode, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) =>
        ActAsync(id, "return", () => CanReturn, async r => Single(await routing.ReturnAsync(r, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostAskAsync(int id, CancellationToken ct) =>
        ActAsync(id, "ask", () => CanProcess, async r => Single(await processing.AskCompletionAsync(r, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostCompletedAsync(int id, CancellationToken ct) =>
        ActAsync(id, "completed", () => IsOfficer, async r => Single(await processing.MarkCompletedAsync(r, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) =>
        ActAsync(id, "extend", () => CanProcess, async r => Single(await processing.ExtendAsync(r, Step.Date, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct) =>
        ActAsync(id, "decide", () => CanProcess, async r => await processing.DecideAsync(r, Decision, Actor.From(User), ct, Dik, User), ct);

    public Task<IActionResult> OnPostDeliverAsync(int id, CancellationToken ct) =>
        ActAsync(id, "deliver", () => IsOfficer, async r => Single(await processing.RecordDeliveryAsync(r, Step.Date, Step.Note, Actor.From(User), ct)), ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) =>
        ActAsync(id, "withdraw", () => CanProcess, async r => Single(await processing.WithdrawAsync(r, Step.Date, Step.Note, Actor.From(User), ct)), ct);

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, track: true)) return NotFound();
        if (!IsOfficer || Item.Status is RequestStatus.Withdrawn) return Forbid();
        if (upload is null || upload.Length == 0)
        {
            FailedAction = "upload";
            ModelState.AddModelError("upload", t["Pilih berkas yang akan diunggah."]);
            return Page();
        }

        await using var stream = upload.OpenReadStream();
        var (stored, error) = await files.SaveAsync(stream, upload.FileName, ct);
        if (stored is null)
        {
            FailedAction = "upload";
            ModelState.AddModelError("upload", error == "too_large"
                ? t["Berkas {0} lebih dari {1} MB.", upload.FileName, files.MaxBytes / 1024 / 1024]
                : t["Berkas {0} bukan PDF, JPEG atau PNG.", upload.FileName]);
            return Page();
        }

        db.RequestFiles.Add(new RequestFile
        {
            Request = Item,
            Kind = FileKind.InformationProvided,
            FileName = stored.FileName,
            ContentType = stored.ContentType,
            Size = stored.Size,
            StorageKey = stored.StorageKey,
            Sha256 = stored.Sha256,
            UploadedAtUtc = clock.UtcNow,
            UploadedBy = User.Identity?.Name,
        });
        db.Record(Item, RequestEventKind.FileAdded, clock.Today, Actor.From(User), stored.FileName);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Berkas {0} telah dilampirkan.", stored.FileName].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ActAsync(int id, string action, Func<bool> allowed,
        Func<InformationRequest, Task<List<FieldError>>> run, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, track: true)) return NotFound();
        if (!allowed()) return Forbid();
        var errors = await run(Item);
        if (errors.Count == 0)
        {
            TempData["Message"] = t["Tersimpan."].Value;
            return RedirectToPage(new { id });
        }

        FailedAction = action;
        ModelState.Clear();
        foreach (var e in errors) ModelState.AddModelError(StepKey(action, e.Field), e.Message);
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>
    /// The ModelState key of a step form's error: the small forms share field names ("date", "note"), so each key
    /// names its form ("extend.date"; "extend" for an error of the whole step) and the summary links to that form's
    /// field. The decision form keeps its own keys (NoticeDate, Decision, …).
    /// </summary>
    public static string StepKey(string action, string field) =>
        action == "decide" ? field : field.Length == 0 ? action : action + "." + field;

    private static List<FieldError> Single(object? error) => error switch
    {
        null => [],
        FieldError e => [e],
        string message => [new FieldError("", message)],
        _ => [new FieldError("", error.ToString()!)],
    };

    private async Task<bool> LoadAsync(int id, CancellationToken ct, bool track = false)
    {
        var unitScope = await scope.GetAsync(ct);
        var q = db.Requests.Include(r => r.Unit).InScope(unitScope);
        var request = await (track ? q : q.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return false;
        Item = request;
        var calendar = await calendars.GetAsync(ct);
        Deadline = calendar.Describe(request, clock.Today);
        Events = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.Id).ToListAsync(ct);
        Files = await db.RequestFiles.AsNoTracking().Where(f => f.RequestId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var unitIds = Events.SelectMany(e => new[] { e.FromUnitId, e.ToUnitId }).OfType<int>().Distinct().ToList();
        UnitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        if (User.IsInRole(Roles.PpidUtama))
            RouteTargets = (await db.Units.AsNoTracking().Where(u => u.IsActive && u.Id != request.UnitId).OrderBy(u => u.Path)
                .Select(u => new { u.Code, u.Name }).ToListAsync(ct)).Select(u => (u.Code, u.Name)).ToList();
        if (request.IsOpen() && IsOfficer) CitableEntries = await DikCitations.CitableAsync(db, request.Unit!.Path, clock.Today, ct);
        Citation = await DikCitations.ReadAsync(db, request.DikDecreeId, ct);
        if (Citation is not null)
        {
            var citedUnit = await db.DikEntries.AsNoTracking().Where(e => e.Id == Citation.EntryId).Select(e => e.Unit!.Path).FirstAsync(ct);
            CanOpenCitation = unitScope.Contains(citedUnit);
        }

        if (string.IsNullOrEmpty(Decision.SignerName))
        {
            Decision.SignerName = request.Unit!.OfficerName;
            Decision.SignerNip = request.Unit.OfficerNip;
            Decision.NoticeDate ??= clock.Today;
            // The form and the way the applicant asked for are the likely answer (Pasal 22(7): form and delivery).
            Decision.ProvidedFormat ??= request.CopyFormat is { } asked ? RequestCodes.Code(asked) : null;
            Decision.ProvidedDelivery ??= request.DeliveryMethod is { } how ? RequestCodes.Code(how) : null;
            // A consequence test run now is decreed today by the unit's PPID, about what was asked, unless typed otherwise.
            Dik.Information ??= request.InformationRequested.Length <= DikEntry.InformationMaxLength ? request.InformationRequested : null;
            Dik.DecreeDate ??= clock.Today;
            Dik.SignatoryName ??= request.Unit.OfficerName;
            Dik.SignatoryNip ??= request.Unit.OfficerNip;
        }

        return true;
    }
}
