using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Validation;

namespace SipPpid.Features.Objections;

/// <summary>
/// One objection: its data and clock, the Atasan PPID's decision (only that role decides), the applicant's response,
/// and the dispute at the Komisi Informasi. Outside the user's unit scope the objection and its actions answer 404.
/// </summary>
public sealed class DetailsModel(
    AppDbContext db, CurrentScope scope, CalendarSource calendars, BodyClock clock, DecideObjection deciding, RecordDispute disputes,
    IStringLocalizer<SharedResource> t) : PageModel, IReopensForm
{
    public Objection Item { get; private set; } = null!;
    public Dispute? Dispute { get; private set; }
    public DeadlineInfo Deadline { get; private set; } = null!;
    public (DateOnly Start, DateOnly LastDay)? DisputeWindow { get; private set; }
    public DateOnly Today => clock.Today;

    /// <summary>The entries of the request's unit chain an officer may name as the one at stake in the dispute.</summary>
    public List<CitableEntry> DikEntries { get; private set; } = [];

    /// <summary>The DIK entry at stake in the dispute (its decree in force is the test produced at the hearing).</summary>
    public CitableEntry? DisputeEntry { get; private set; }

    [BindProperty]
    public DecideObjection.Input Decision { get; set; } = new();

    [BindProperty]
    public RecordDispute.Input DisputeForm { get; set; } = new();

    [BindProperty]
    public ResponseInput ApplicantResponse { get; set; } = new();

    public sealed class ResponseInput
    {
        public string? Value { get; set; }
        public DateOnly? Date { get; set; }
        public string? Note { get; set; }
    }

    /// <summary>The form whose POST failed, so the page reopens it with its messages.</summary>
    public string? FailedAction { get; private set; }

    /// <summary>A text refused by the text rules (InvalidTextPageFilter) reopens its form.</summary>
    public void Reopen(string action) => FailedAction = action;

    public bool CanDecide => User.IsInRole(Roles.AtasanPpid) && Item.IsAwaiting();
    public bool IsOfficer => User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu);
    public bool CanRecordResponse => (IsOfficer || User.IsInRole(Roles.AtasanPpid)) && Item.Status == ObjectionStatus.Decided;
    public bool CanRegisterDispute => IsOfficer && Dispute is null && (Item.Status == ObjectionStatus.Decided || Item.IsLapsed(Today));
    public bool CanUpdateDispute => IsOfficer && Dispute is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct) =>
        ActAsync(id, "decide", () => User.IsInRole(Roles.AtasanPpid), () => deciding.DecideAsync(Item, Decision, Actor.From(User), ct), ct);

    public Task<IActionResult> OnPostResponseAsync(int id, CancellationToken ct) =>
        ActAsync(id, "response", () => IsOfficer || User.IsInRole(Roles.AtasanPpid), async () =>
            await deciding.RecordResponseAsync(Item, ApplicantResponse.Value, ApplicantResponse.Date, ApplicantResponse.Note, Actor.From(User), ct) is { } e ? [e] : [], ct);

    public Task<IActionResult> OnPostDisputeAsync(int id, CancellationToken ct) =>
        ActAsync(id, "dispute", () => IsOfficer, () => disputes.RegisterAsync(Item, DisputeForm, Actor.From(User), ct), ct);

    public Task<IActionResult> OnPostDisputeUpdateAsync(int id, CancellationToken ct) =>
        ActAsync(id, "dispute-update", () => IsOfficer && Dispute is not null, () => disputes.UpdateAsync(Dispute!, DisputeForm, Actor.From(User), ct), ct);

    private async Task<IActionResult> ActAsync(int id, string action, Func<bool> allowed, Func<Task<List<FieldError>>> run, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, track: true)) return NotFound();
        if (!allowed()) return Forbid();
        var errors = await run();
        if (errors.Count == 0)
        {
            TempData["Message"] = t["Tersimpan."].Value;
            return RedirectToPage(new { id });
        }

        FailedAction = action;
        ModelState.Clear();
        foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct, keepInput: true);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct, bool track = false, bool keepInput = false)
    {
        var q = db.Objections.Include(o => o.Request).ThenInclude(r => r!.Unit).InScope(await scope.GetAsync(ct));
        var o = await (track ? q : q.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return false;
        Item = o;
        var dq = db.Disputes.Include(d => d.Request).Where(d => d.ObjectionId == id);
        Dispute = await (track ? dq : dq.AsNoTracking()).FirstOrDefaultAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        Deadline = calendar.Describe(o, clock.Today);
        DisputeWindow = calendar.DisputeWindow(o, clock.Today);
        DisputeEntry = await DikCitations.EntryAsync(db, Dispute?.DikEntryId, ct);
        if (User.IsInRole(Roles.PpidUtama) || User.IsInRole(Roles.PpidPembantu))
            DikEntries = await DikCitations.CitableAsync(db, o.Request!.Unit!.Path, null, ct);
        if (keepInput || track) return true;
        DisputeForm.DikEntryId = Dispute is null ? o.Request!.DikEntryId : Dispute.DikEntryId ?? 0;
        if (User.IsInRole(Roles.AtasanPpid))
        {
            var me = await db.Users.AsNoTracking().Where(u => u.UserName == User.Identity!.Name).Select(u => new { u.FullName, u.Nip }).FirstOrDefaultAsync(ct);
            Decision.AtasanName ??= me?.FullName;
            Decision.AtasanNip ??= me?.Nip;
        }

        Decision.Date ??= clock.Today;
        ApplicantResponse.Date ??= clock.Today;
        if (Dispute is { } d)
        {
            DisputeForm.Stage = ObjectionCodes.Code(d.Stage);
            DisputeForm.Outcome = d.Outcome is { } oc ? ObjectionCodes.Code(oc) : null;
            DisputeForm.OutcomeDate = d.OutcomeDate;
            DisputeForm.OutcomeNote = d.OutcomeNote;
            DisputeForm.CourtCase = d.CourtCase;
            DisputeForm.CourtName = d.CourtName;
            DisputeForm.CourtCaseNumber = d.CourtCaseNumber;
            DisputeForm.CourtResult = d.CourtResult;
            DisputeForm.CourtResultDate = d.CourtResultDate;
            DisputeForm.Implementation = d.Implementation;
        }

        return true;
    }
}
