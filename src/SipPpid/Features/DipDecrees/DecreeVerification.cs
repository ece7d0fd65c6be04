using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.DipDecrees;

/// <summary>What the public verify page (/Verifikasi/{code}) shows for a Penetapan DIP annex's code.</summary>
public sealed record DecreeVerification(int FileId, string Code, string Number, DateOnly Date, int Version, int LatestVersion, string UnitName,
    bool Consolidated, int EntryCount, DateTime DecreedAtUtc, string DecreedBy, string? Sha256, string EntriesSha256)
{
    public static Task<DecreeVerification?> FindAsync(AppDbContext db, string? typed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = VerificationCodes.Normalize(typed);
        return code is null ? Task.FromResult<DecreeVerification?>(null) : db.DipDecreeFiles.AsNoTracking().Where(f => f.VerificationCode == code)
            .Select(f => new DecreeVerification(f.Id, f.VerificationCode, f.Decree!.Number, f.Decree.Date, f.Decree.Version,
                db.DipDecrees.Max(d => d.Version), f.UnitName, f.UnitId == null, f.EntryCount, f.Decree.DecreedAtUtc, f.Decree.DecreedByName,
                f.PdfSha256, f.Decree.EntriesSha256))
            .FirstOrDefaultAsync(ct);
    }
}
