using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// A DIK entry of the scope: its worksheet, its decrees (newest first, which one is in force), its history, the
/// requests that cited it, and what can be done next (re-test, correct, release to the DIP).
/// </summary>
[Authorize(Roles = DikAccess.Readers)]
public sealed class DetailsModel(AppDbContext db, CurrentScope scope, BodyClock clock) : PageModel
{
    public sealed record DecreeRow(int Id, DikDecreeKind Kind, string Number, DateOnly Date, string SignatoryName, DateOnly? PeriodEnd,
        int? SupersededById, string? SupersededByNumber, DateTime? PrintedAtUtc, string VerificationCode);

    public sealed record EventRow(DateTime AtUtc, DikEventKind Kind, string ActorName, string? DecreeNumber, string? Note);

    public sealed record CitingRequest(int Id, string RegistrationNumber, DateOnly ReceivedDate);

    public const int CitingShown = 50;

    public DikEntry Entry { get; private set; } = null!;
    public DikState State { get; private set; }
    public List<DecreeRow> Decrees { get; private set; } = [];
    public List<EventRow> History { get; private set; } = [];
    public List<CitingRequest> Citing { get; private set; } = [];
    public int CitingCount { get; private set; }
    public string? SourceRequestNumber { get; private set; }
    public bool CanEdit => DikAccess.CanEdit(User);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var entry = await db.DikEntries.AsNoTracking().Include(e => e.Unit).InScope(await scope.GetAsync(ct)).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return NotFound();
        Entry = entry;
        State = DikCodes.State(entry.Status, entry.PeriodEnd, clock.Today);
        Decrees = await db.DikDecrees.AsNoTracking().Where(d => d.EntryId == id).OrderByDescending(d => d.Id)
            .Select(d => new DecreeRow(d.Id, d.Kind, d.Number, d.Date, d.SignatoryName, d.PeriodEnd, d.SupersededById,
                db.DikDecrees.Where(n => n.Id == d.SupersededById).Select(n => n.Number).FirstOrDefault(), d.PrintedAtUtc, d.VerificationCode))
            .ToListAsync(ct);
        History = await db.DikEntryEvents.AsNoTracking().Where(e => e.EntryId == id).OrderBy(e => e.Id)
            .Select(e => new EventRow(e.AtUtc, e.Kind, e.ActorName, e.Decree == null ? null : e.Decree.Number, e.Note))
            .ToListAsync(ct);
        var citing = db.Requests.AsNoTracking().Where(r => r.DikEntryId == id);
        CitingCount = await citing.CountAsync(ct);
        Citing = await citing.OrderByDescending(r => r.ReceivedDate).ThenByDescending(r => r.Id).Take(CitingShown)
            .Select(r => new CitingRequest(r.Id, r.RegistrationNumber, r.ReceivedDate)).ToListAsync(ct);
        if (entry.SourceRequestId is { } rid)
            SourceRequestNumber = await db.Requests.AsNoTracking().Where(r => r.Id == rid).Select(r => r.RegistrationNumber).FirstOrDefaultAsync(ct);
        return Page();
    }
}
