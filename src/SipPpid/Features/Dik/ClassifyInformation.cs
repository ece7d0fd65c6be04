using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Numbering;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Dik;

/// <summary>
/// The consequence test made binding: a new DIK entry with its first Surat Penetapan Klasifikasi, or a new decree for
/// an entry (a re-test that renews it, or a correction). A decree is never changed: a new one supersedes it, and the
/// entry takes the new worksheet. Decree numbers are unique within the unit.
/// </summary>
public sealed class ClassifyInformation(AppDbContext db, Numbering numbering, DikHistory history, IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// A new entry in the unit's DIK, numbered there, with its decree. <paramref name="sourceRequestId"/>: the request
    /// whose decision ran the test. Saves nothing and returns the messages when the form is wrong. The caller may
    /// already hold a transaction (the decision form saves the entry and the decision together).
    /// </summary>
    public async Task<(DikEntry? Entry, List<FieldError> Errors)> CreateAsync(int unitId, DikForm form, ClaimsPrincipal? user,
        int? sourceRequestId, CancellationToken ct, bool imported = false)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = form.Validate(t, imported);
        if (errors.Count == 0 && await NumberTakenAsync(unitId, form.DecreeNumber!.Trim(), ct)) errors.Add(NumberTaken());
        if (errors.Count > 0) return (null, errors);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var number = await numbering.ReserveAsync(unitId, 0, 1, ct, NumberSequence.DikEntries);
            var entry = new DikEntry { UnitId = unitId, Number = number, Status = DikStatus.InForce, SourceRequestId = sourceRequestId };
            form.ApplyTo(entry);
            db.DikEntries.Add(entry);
            var decree = NewDecree(entry, form, imported ? DikDecreeKind.Imported : DikDecreeKind.Initial, user, supersedes: null);
            history.Record(entry, imported ? DikEventKind.Imported : DikEventKind.Created, user, decree,
                sourceRequestId is null ? null : $"request {sourceRequestId}");
            entry.CreatedAtUtc = entry.ChangedAtUtc;
            if (!await SaveAsync(ct)) return (null, [NumberTaken()]);
            if (own is not null) await own.CommitAsync(ct);
            return (entry, errors);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>
    /// A new decree for <paramref name="entry"/> (tracked): <see cref="DikDecreeKind.Retest"/> renews an expiring or
    /// expired exemption (its end date must be later than today), <see cref="DikDecreeKind.Correction"/> corrects the
    /// worksheet. The previous decree is marked superseded; the entry takes the new worksheet.
    /// </summary>
    public async Task<(DikDecree? Decree, List<FieldError> Errors)> RedecreeAsync(DikEntry entry, DikForm form, DikDecreeKind kind,
        ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(form);
        var errors = form.Validate(t);
        if (entry.Status == DikStatus.Released) errors.Add(new("", t["Informasi ini sudah dibuka; tidak dapat ditetapkan lagi."]));
        if (kind == DikDecreeKind.Retest && form.PeriodEnd is { } end && end < history.Today)
            errors.Add(new(DikForm.Prefix + nameof(DikForm.PeriodEnd), t["Uji ulang memperpanjang pengecualian: tanggal berakhir harus hari ini atau sesudahnya."]));
        if (errors.Count == 0 && await NumberTakenAsync(entry.UnitId, form.DecreeNumber!.Trim(), ct)) errors.Add(NumberTaken());
        if (errors.Count > 0) return (null, errors);
        var previous = await db.DikDecrees.FirstOrDefaultAsync(d => d.EntryId == entry.Id && d.SupersededById == null, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        form.ApplyTo(entry);
        var decree = NewDecree(entry, form, kind, user, previous);
        history.Record(entry, kind == DikDecreeKind.Retest ? DikEventKind.Retested : DikEventKind.Corrected, user, decree,
            previous is null ? null : $"supersedes {previous.Number}");
        if (!await SaveAsync(ct)) return (null, [NumberTaken()]);
        if (previous is not null) previous.SupersededById = decree.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (decree, errors);
    }

    /// <summary>What a decree freezes of its entry (printed on the letter; never changed).</summary>
    public sealed record Worksheet(string UnitCode, string UnitName, int EntryNumber, string Information, string Basis, string LegalReference,
        string Consequence, string PublicInterest, string Scope, string? WithheldParts, DateOnly? PeriodEnd, string? NoEndReason,
        string TestTeam, string HeadName, DateOnly? HeadAgreedOn);

    public static Worksheet ReadWorksheet(DikDecree decree)
    {
        ArgumentNullException.ThrowIfNull(decree);
        return JsonSerializer.Deserialize<Worksheet>(decree.WorksheetJson)!;
    }

    private DikDecree NewDecree(DikEntry entry, DikForm form, DikDecreeKind kind, ClaimsPrincipal? user, DikDecree? supersedes)
    {
        var unit = db.Units.Local.FirstOrDefault(u => u.Id == entry.UnitId) ?? db.Units.AsNoTracking().First(u => u.Id == entry.UnitId);
        var actor = user is null ? Actor.System : Actor.From(user);
        var decree = new DikDecree
        {
            Entry = entry,
            UnitId = entry.UnitId,
            Kind = kind,
            Number = form.DecreeNumber!.Trim(),
            Date = form.DecreeDate!.Value,
            Place = form.DecreePlace?.Trim() ?? "",
            SignatoryName = form.SignatoryName!.Trim(),
            SignatoryNip = form.SignatoryNip?.Trim() ?? "",
            PeriodEnd = entry.PeriodEnd,
            SupersedesId = supersedes?.Id,
            VerificationCode = VerificationCodes.New(),
            DecreedAtUtc = history.UtcNow,
            DecreedByUserId = actor.UserId,
            DecreedByName = actor.Name,
            WorksheetJson = JsonSerializer.Serialize(new Worksheet(unit.Code, unit.Name, entry.Number, entry.Information, entry.Basis,
                entry.LegalReference, entry.Consequence, entry.PublicInterest, DikForm.ScopeCode(entry.Scope), entry.WithheldParts,
                entry.PeriodEnd, entry.NoEndReason, entry.TestTeam, entry.HeadName, entry.HeadAgreedOn)),
        };
        db.DikDecrees.Add(decree);
        return decree;
    }

    private Task<bool> NumberTakenAsync(int unitId, string number, CancellationToken ct) =>
        db.DikDecrees.AnyAsync(d => d.UnitId == unitId && d.Number == number, ct);

    private FieldError NumberTaken() =>
        new(DikForm.Prefix + nameof(DikForm.DecreeNumber), t["Nomor surat penetapan ini sudah dipakai di unit ini."]);

    /// <summary>Saves; false when the unique decree number was taken between the check and the insert.</summary>
    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
