using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Numbering;

namespace SipPpid.Features.Dip;

/// <summary>Creates and edits DIP entries and moves them between draft, published and withdrawn.</summary>
public sealed class SaveDipEntry(AppDbContext db, Numbering numbering, DipHistory history, IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// A new entry in the unit's list, numbered there (the counter is reserved in the same transaction), as a draft or
    /// published; <paramref name="prepare"/> adds to it before it is saved (the documents of a request's answer).
    /// Joins the caller's transaction if one is open (a DIK entry released to the DIP), else runs in its own.
    /// </summary>
    public async Task<(DipEntry? Entry, List<FieldError> Errors)> CreateAsync(int unitId, DipForm form, bool publish, ClaimsPrincipal user,
        int? sourceRequestId, Func<DipEntry, Task>? prepare, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = form.Validate(t);
        if (errors.Count > 0) return (null, errors);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var number = await numbering.ReserveAsync(unitId, 0, 1, ct, NumberSequence.DipEntries);
        var entry = new DipEntry { UnitId = unitId, Number = number, Status = DipStatus.Draft, SourceRequestId = sourceRequestId };
        form.ApplyTo(entry);
        db.DipEntries.Add(entry);
        history.Record(entry, DipEventKind.Created, user, details: new { sourceRequestId });
        entry.CreatedAtUtc = entry.ChangedAtUtc;
        if (prepare is not null) await prepare(entry);
        if (publish) Publish(entry, user);
        await db.SaveChangesAsync(ct);
        if (tx is not null) await tx.CommitAsync(ct);
        return (entry, errors);
    }

    /// <summary>Saves the content (a new tanggal pemutakhiran), and publishes a draft or withdrawn entry when asked.</summary>
    public async Task<List<FieldError>> UpdateAsync(DipEntry entry, DipForm form, bool publish, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(form);
        var errors = form.Validate(t);
        if (errors.Count > 0) return errors;
        form.ApplyTo(entry);
        history.Record(entry, DipEventKind.Updated, user, contentChanged: true);
        if (publish && entry.Status != DipStatus.Published) Publish(entry, user);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task PublishAsync(DipEntry entry, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status == DipStatus.Published) return;
        Publish(entry, user);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Withdraws a published entry. A reason is required when the officer is not of the entry's own unit (the PPID
    /// Utama withdrawing a unit's entry): the unit sees it on its list and the entry's page.
    /// </summary>
    public async Task<FieldError?> WithdrawAsync(DipEntry entry, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(user);
        if (entry.Status != DipStatus.Published) return new("", t["Hanya entri yang terbit dapat ditarik."]);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var ownUnit = int.TryParse(user.FindFirstValue(AppClaims.UnitId), out var unitId) && unitId == entry.UnitId;
        if (reason is null && !ownUnit) return new("reason", t["Tuliskan alasan penarikan: unit pemilik entri akan membacanya."]);
        if (reason?.Length > 1000) return new("reason", t["Paling banyak {0} karakter.", 1000]);
        entry.Status = DipStatus.Withdrawn;
        entry.WithdrawalReason = reason;
        history.Record(entry, DipEventKind.Withdrawn, user, reason);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Draft → published (tanggal terbit), withdrawn → published again; both are a new tanggal pemutakhiran.</summary>
    private void Publish(DipEntry entry, ClaimsPrincipal user)
    {
        var again = entry.Status == DipStatus.Withdrawn;
        entry.Status = DipStatus.Published;
        entry.WithdrawalReason = null;
        history.Record(entry, again ? DipEventKind.Republished : DipEventKind.Published, user, contentChanged: true);
        entry.PublishedDate ??= entry.UpdatedDate;
    }

    /// <summary>The entry of the scope with its unit, tracked for a change; null outside the scope (answered 404).</summary>
    public Task<DipEntry?> FindAsync(int id, UnitScope scope, CancellationToken ct) =>
        db.DipEntries.InScope(scope).Include(e => e.Unit).Include(e => e.Documents).FirstOrDefaultAsync(e => e.Id == id, ct);
}
