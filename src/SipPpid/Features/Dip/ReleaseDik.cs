using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>
/// Opens an exempted item (issue 15, expiry): in one transaction the information becomes a published DIP entry of the
/// DIK entry's unit and the DIK entry is released (no longer citable nor listed publicly), with the day, the reason,
/// the DIP entry it moved to, a history event and the audit. The DIK entry is claimed with a conditional update, so
/// two officers releasing it at once make one DIP entry.
/// </summary>
public sealed class ReleaseDik(AppDbContext db, SaveDipEntry save, DikHistory dikHistory, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    public const int ReasonMaxLength = 1000;

    /// <summary>The DIP entry made, or the problems (nothing changed): every field's message, or "already released".</summary>
    public async Task<(DipEntry? Entry, List<FieldError> Errors)> ReleaseAsync(int dikEntryId, int unitId, DipForm form, string? reason,
        ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = form.Validate(t);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is null) errors.Add(new("Reason", t["Tuliskan alasan informasi ini dibuka."]));
        else if (reason.Length > ReasonMaxLength) errors.Add(new("Reason", t["Paling banyak {0} karakter.", ReasonMaxLength]));
        if (errors.Count > 0) return (null, errors);

        var today = clock.Today;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.DikEntries.Where(e => e.Id == dikEntryId && e.Status == DikStatus.InForce)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, DikStatus.Released).SetProperty(e => e.ReleasedOn, today)
                .SetProperty(e => e.ReleaseReason, reason), ct);
        if (claimed != 1) return (null, [new("", t["Informasi ini sudah dibuka ke DIP."])]);
        var (entry, saveErrors) = await save.CreateAsync(unitId, form, publish: true, user, null, null, ct);
        if (entry is null) return (null, saveErrors); // the transaction is rolled back: the DIK entry stays in force
        var dik = await db.DikEntries.SingleAsync(e => e.Id == dikEntryId, ct);
        dik.ReleasedToDipEntryId = entry.Id;
        dikHistory.Record(dik, DikEventKind.Released, user, note: $"DIP {entry.Number}: {reason}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (entry, []);
    }
}
