using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Dik;

/// <summary>
/// What the public verify page (/Verifikasi/{code}) shows for a Surat Penetapan Klasifikasi's code: the decree and the
/// information it exempts as the DIK list shows them publicly (unit, number, date, information, basis, period), whether
/// it is still the entry's decree in force, and the SHA-256 of its stored PDF. The letter itself carries the worksheet,
/// which is staff-only unless the body publishes it (<see cref="WorksheetPublic"/>).
/// </summary>
public sealed record DikDecreeVerification(int DecreeId, int EntryId, string UnitPath, string Code, string Number, DateOnly Date, string UnitName,
    string Information, string Basis, DateOnly? PeriodEnd, string? SupersededByNumber, string? Sha256, DateTime DecreedAtUtc, string DecreedBy,
    bool WorksheetPublic)
{
    public bool Superseded => SupersededByNumber is not null;

    public static async Task<DikDecreeVerification?> FindAsync(AppDbContext db, string? typed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = VerificationCodes.Normalize(typed);
        if (code is null) return null;
        var d = await db.DikDecrees.AsNoTracking().Where(x => x.VerificationCode == code)
            .Select(x => new
            {
                x.Id,
                x.EntryId,
                x.Entry!.Unit!.Path,
                x.VerificationCode,
                x.Number,
                x.Date,
                x.WorksheetJson,
                x.PdfSha256,
                x.DecreedAtUtc,
                x.DecreedByName,
                x.Entry.WorksheetPublic,
                SupersededBy = db.DikDecrees.Where(n => n.Id == x.SupersededById).Select(n => n.Number).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (d is null) return null;
        var w = ClassifyInformation.ReadWorksheet(new DikDecree { WorksheetJson = d.WorksheetJson });
        return new DikDecreeVerification(d.Id, d.EntryId, d.Path, d.VerificationCode, d.Number, d.Date, w.UnitName, w.Information, w.Basis, w.PeriodEnd,
            d.SupersededBy, d.PdfSha256, d.DecreedAtUtc, d.DecreedByName, d.WorksheetPublic);
    }
}
