using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>
/// "Buka ke DIP": a DIK entry of the scope, in force or expired, is released and its information published as a DIP
/// entry of its unit in one step (<see cref="ReleaseDik"/>), the form prefilled from the entry. Outside the scope: 404.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class DariDikModel(AppDbContext db, CurrentScope scope, ReleaseDik release, BodyClock clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public DipForm Form { get; set; } = new();

    /// <summary>Why the information is opened now (kept on the DIK entry and in its history).</summary>
    [BindProperty] public string? Reason { get; set; }

    public sealed record Source(int Id, int UnitId, string UnitCode, string UnitName, int Number, string Information, string Basis,
        string LegalReference, DateOnly? PeriodEnd, string HeadName, DikStatus Status, DateOnly? ReleasedOn, string? ReleaseReason,
        int? ReleasedToDipEntryId, string? DecreeNumber, string? DecreePlace, DateOnly? DecreeDate);

    public Source Entry { get; private set; } = null!;

    public DateOnly Today => clock.Today;

    public bool Released => Entry.Status == DikStatus.Released;

    public bool Expired => Entry.Status == DikStatus.InForce && Entry.PeriodEnd is { } end && end < Today;

    public async Task<IActionResult> OnGetAsync(int dikId, CancellationToken ct)
    {
        if (!await LoadAsync(dikId, ct)) return NotFound();
        var info = Entry.Information.Trim();
        Form = new DipForm
        {
            Title = info.Length > DipEntry.TitleMaxLength ? info[..(DipEntry.TitleMaxLength - 1)] + "…" : info,
            Summary = info.Length > DipEntry.SummaryMaxLength ? info[..DipEntry.SummaryMaxLength] : info,
            Holder = Entry.UnitName,
            Responsible = Entry.HeadName,
            ProducedTime = Entry.DecreeDate?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProducedPlace = Entry.DecreePlace,
            Category = DipCodes.Code(DipCategory.SetiapSaat),
            Format = DipCodes.Code(DipFormat.Softcopy),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int dikId, CancellationToken ct)
    {
        if (!await LoadAsync(dikId, ct)) return NotFound();
        if (Released)
        {
            ModelState.AddModelError("", t["Informasi ini sudah dibuka ke DIP."]);
            return Page();
        }

        var (entry, errors) = await release.ReleaseAsync(Entry.Id, Entry.UnitId, Form, Reason, User, ct);
        if (entry is null)
        {
            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
            await LoadAsync(dikId, ct); // released meanwhile by someone else: the page says so
            return Page();
        }

        TempData["Message"] = t["Informasi DIK {0}/{1} telah dibuka dan terbit sebagai entri DIP nomor {2}.", Entry.UnitCode, Entry.Number, entry.Number].Value;
        return RedirectToPage("Details", new { id = entry.Id });
    }

    private async Task<bool> LoadAsync(int dikId, CancellationToken ct)
    {
        var source = await db.DikEntries.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(e => e.Id == dikId)
            .Select(e => new Source(e.Id, e.UnitId, e.Unit!.Code, e.Unit.Name, e.Number, e.Information, e.Basis, e.LegalReference, e.PeriodEnd,
                e.HeadName, e.Status, e.ReleasedOn, e.ReleaseReason, e.ReleasedToDipEntryId,
                e.Decrees.Where(d => d.SupersededById == null).Select(d => d.Number).FirstOrDefault(),
                e.Decrees.Where(d => d.SupersededById == null).Select(d => d.Place).FirstOrDefault(),
                e.Decrees.Where(d => d.SupersededById == null).Select(d => (DateOnly?)d.Date).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);
        if (source is null) return false;
        Entry = source;
        return true;
    }
}
