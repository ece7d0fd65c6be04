using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Dik;

/// <summary>
/// What the Surat Penetapan Klasifikasi prints (<c>_SuratBody.cshtml</c>): the kop surat of the decree's unit, the
/// decree, its frozen worksheet (never the live entry), the decrees it replaces or that replaced it, and the
/// verification code with its QR code.
/// </summary>
public sealed record DikLetter(Letterhead Letterhead, int DecreeId, DikDecreeKind Kind, string Number, DateOnly Date, string Place,
    string SignatoryName, string SignatoryNip, ClassifyInformation.Worksheet Worksheet, string? SupersedesNumber, string? SupersededByNumber,
    string Code, string VerifyUrl, string QrDataUri);

/// <summary>
/// The letters of DIK decrees: the print view's model, and the PDF, printed on its first download and then kept
/// (<see cref="DikDecree.Pdf"/>): every later download, and /Verifikasi, serve the same bytes, whose SHA-256 is shown.
/// </summary>
public sealed class DikLetters(AppDbContext db, ViewPdf pdf, CurrentBody body, BodyClock clock, IOptions<PpidOptions> options)
{
    public const string DocumentView = "/Features/Dik/_SuratDocument.cshtml";

    /// <summary>The letter of a decree (tracked or not), from its frozen worksheet.</summary>
    public async Task<DikLetter> LetterAsync(DikDecree decree, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decree);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == decree.UnitId, ct);
        var related = await db.DikDecrees.AsNoTracking().Where(d => d.Id == decree.SupersedesId || d.Id == decree.SupersededById)
            .Select(d => new { d.Id, d.Number }).ToListAsync(ct);
        var url = VerificationCodes.VerifyUrl(options.Value.PublicBaseUrl, decree.VerificationCode);
        return new DikLetter(Letterhead.For(await body.GetAsync(ct), unit), decree.Id, decree.Kind, decree.Number, decree.Date, decree.Place,
            decree.SignatoryName, decree.SignatoryNip, ClassifyInformation.ReadWorksheet(decree),
            related.FirstOrDefault(d => d.Id == decree.SupersedesId)?.Number, related.FirstOrDefault(d => d.Id == decree.SupersededById)?.Number,
            decree.VerificationCode, url, VerificationCodes.QrDataUri(url));
    }

    /// <summary>The stored PDF of a decree, printing and storing it first when it never was; null when there is no such decree.</summary>
    public async Task<(byte[] Pdf, string Name)?> PdfAsync(ActionContext context, int decreeId, CancellationToken ct)
    {
        var decree = await db.DikDecrees.AsNoTracking().FirstOrDefaultAsync(d => d.Id == decreeId, ct);
        if (decree is null) return null;
        var unitCode = await db.Units.Where(u => u.Id == decree.UnitId).Select(u => u.Code).FirstAsync(ct);
        var name = FileNames.ForDownload("application/pdf", "surat-penetapan-klasifikasi", unitCode, decree.Number);
        if (decree.Pdf is not null) return (decree.Pdf, name);

        var bytes = await pdf.PrintAsync(context, DocumentView, await LetterAsync(decree, ct), ct);
        var (sha, now) = (VerificationCodes.Sha256(bytes), clock.UtcNow);
        // Only the first print is kept: if another request stored one meanwhile, that one stays and is served.
        var stored = await db.DikDecrees.Where(d => d.Id == decreeId && d.Pdf == null).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Pdf, bytes).SetProperty(d => d.PdfSha256, sha).SetProperty(d => d.PrintedAtUtc, now), ct);
        if (stored == 0) bytes = (await db.DikDecrees.AsNoTracking().Where(d => d.Id == decreeId).Select(d => d.Pdf).FirstAsync(ct))!;
        return (bytes, name);
    }
}
