using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Forms;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// Penetapan DIP: freezes the body's published DIP under a decree (number, date, place, signatory with NIP) as a new
/// version. The entries are serialized once (<see cref="DipDecree.EntriesJson"/>, with its SHA-256); every annex is
/// printed from that snapshot, the consolidated one now (<see cref="DecreeFiles"/>), each unit's on first download.
/// </summary>
public sealed class FixDipDecree(AppDbContext db, DecreeFiles files, BodyClock clock)
{
    public sealed record Input(string Number, DateOnly Date, string Place, string SignatoryName, string SignatoryNip);

    public async Task<(DipDecree? Decree, FieldError? Error)> RunAsync(ActionContext context, Input input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var number = input.Number.Trim();
        if (await NumberTakenAsync(number, ct) is { } error) return (null, error);
        var at = clock.UtcNow;
        var rows = await db.DipEntries.AsNoTracking().PublishedUnder(null).ToListAsync(ct);
        var json = JsonSerializer.Serialize(rows);
        var root = await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        var actor = Actor.From(context.HttpContext.User);
        var decree = new DipDecree
        {
            Version = (await db.DipDecrees.MaxAsync(d => (int?)d.Version, ct) ?? 0) + 1,
            Number = number,
            Date = input.Date,
            Place = input.Place.Trim(),
            SignatoryName = input.SignatoryName.Trim(),
            SignatoryNip = input.SignatoryNip.Trim(),
            DecreedAtUtc = at,
            DecreedByUserId = actor.UserId,
            DecreedByName = actor.Name,
            EntryCount = rows.Count,
            EntriesJson = json,
            EntriesSha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant(),
        };
        var consolidated = new DipDecreeFile { UnitCode = root.Code, UnitName = root.Name, EntryCount = rows.Count, VerificationCode = VerificationCodes.New() };
        decree.Files.Add(consolidated);
        foreach (var unit in rows.GroupBy(r => (r.UnitId, r.UnitCode, r.UnitName)))
            decree.Files.Add(new DipDecreeFile
            {
                UnitId = unit.Key.UnitId,
                UnitCode = unit.Key.UnitCode,
                UnitName = unit.Key.UnitName,
                EntryCount = unit.Count(),
                VerificationCode = VerificationCodes.New(),
            });
        await files.PrintAsync(context, decree, consolidated, rows, ct);
        db.DipDecrees.Add(decree);
        db.Audit(context.HttpContext.User, "dip.decree", $"v{decree.Version} {number}",
            new { entries = rows.Count, sha256 = decree.EntriesSha256, pdfSha256 = consolidated.PdfSha256, code = consolidated.VerificationCode });
        try
        {
            await db.SaveChangesAsync(ct);
            return (decree, null);
        }
        catch (DbUpdateException)
        {
            // Another decree took the number (or the version) between the check and the insert.
            db.ChangeTracker.Clear();
            return (null, await NumberTakenAsync(number, ct) ?? new FieldError("", "Penetapan lain baru saja disimpan; silakan ulangi."));
        }
    }

    private async Task<FieldError?> NumberTakenAsync(string number, CancellationToken ct)
    {
        var version = await db.DipDecrees.AsNoTracking().Where(d => d.Number == number).Select(d => (int?)d.Version).FirstOrDefaultAsync(ct);
        return version is null ? null : new FieldError("Form.Number", $"Nomor keputusan {number} sudah dipakai oleh penetapan versi {version}.");
    }
}
