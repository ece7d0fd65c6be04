using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Dip;

/// <summary>
/// "Publish this answer to the DIP": a granted request of the scope becomes a <c>setiap_saat</c> entry of its unit in
/// one step, the form prefilled from the request and the files it provided copied as the entry's documents.
/// </summary>
[Authorize(Roles = Roles.Admin + "," + Roles.Officers)]
public sealed class DariPermohonanModel(AppDbContext db, CurrentScope scope, SaveDipEntry save, DipDocuments documents, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty] public DipForm Form { get; set; } = new();

    public sealed record Source(int Id, int UnitId, string Number, string UnitName, string Information, Decision? Decision, List<string> Files);

    public Source Answer { get; private set; } = null!;

    public bool Refused => !DipRules.MayPublishAnswer(Answer.Decision);

    public async Task<IActionResult> OnGetAsync(int requestId, CancellationToken ct)
    {
        if (!await LoadAsync(requestId, ct)) return NotFound();
        var info = Answer.Information.Trim();
        Form = new DipForm
        {
            Title = info.Length > DipEntry.TitleMaxLength ? info[..(DipEntry.TitleMaxLength - 1)] + "…" : info,
            Summary = info.Length > DipEntry.SummaryMaxLength ? info[..DipEntry.SummaryMaxLength] : info,
            Holder = Answer.UnitName,
            Category = DipCodes.Code(DipCategory.SetiapSaat),
            Format = DipCodes.Code(DipFormat.Softcopy),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int requestId, string? submit, CancellationToken ct)
    {
        if (!await LoadAsync(requestId, ct)) return NotFound();
        if (Refused) return Page();
        var (entry, errors) = await save.CreateAsync(Answer.UnitId, Form, submit == "publish", User, Answer.Id,
            e => documents.CopyFromRequestAsync(e, Answer.Id, User, ct), ct);
        if (entry is null)
        {
            foreach (var e in errors) ModelState.AddModelError(e.Field, e.Message);
            return Page();
        }

        TempData["Message"] = t["Jawaban permohonan {0} telah menjadi entri DIP nomor {1}.", Answer.Number, entry.Number].Value;
        return RedirectToPage("Details", new { id = entry.Id });
    }

    private async Task<bool> LoadAsync(int requestId, CancellationToken ct)
    {
        var source = await db.Requests.AsNoTracking().InScope(await scope.GetAsync(ct)).Where(r => r.Id == requestId)
            .Select(r => new Source(r.Id, r.UnitId, r.RegistrationNumber, r.Unit!.Name, r.InformationRequested, r.Decision,
                db.RequestFiles.Where(f => f.RequestId == r.Id && f.Kind == FileKind.InformationProvided).OrderBy(f => f.Id).Select(f => f.FileName).ToList()))
            .FirstOrDefaultAsync(ct);
        if (source is null) return false;
        Answer = source;
        return true;
    }
}
