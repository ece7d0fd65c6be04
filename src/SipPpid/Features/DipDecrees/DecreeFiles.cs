using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// Prints a decree's annexes from its snapshot (never from the live entries). The consolidated annex is printed with
/// the decree; a unit's annex on its first download and then stored, because a body of 1 000 units would otherwise
/// wait for 1 000 PDFs at the decree. Its SHA-256 is of the stored bytes: a second download gets the same file.
/// </summary>
public sealed class DecreeFiles(AppDbContext db, ViewPdf pdf, CurrentBody body, BodyClock clock, IOptions<PpidOptions> options)
{
    public const string ViewPath = "/Features/DipDecrees/_DecreeDocument.cshtml";

    /// <summary>Prints <paramref name="file"/> of <paramref name="decree"/> (rows: the snapshot, all units) into the file.</summary>
    public async Task PrintAsync(ActionContext context, DipDecree decree, DipDecreeFile file, IReadOnlyList<DipListRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decree);
        ArgumentNullException.ThrowIfNull(file);
        var root = await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        var mine = file.UnitId is { } unitId ? rows.Where(r => r.UnitId == unitId).ToList() : rows;
        var url = VerificationCodes.VerifyUrl(options.Value.PublicBaseUrl, file.VerificationCode);
        var document = new DecreeDocument(Letterhead.For(await body.GetAsync(ct), root), decree.Number, decree.Date, decree.Place,
            decree.SignatoryName, decree.SignatoryNip, decree.Version, file.UnitName, file.UnitId is null, new DipTable(mine, null),
            decree.EntriesSha256, file.VerificationCode, url, VerificationCodes.QrDataUri(url));
        var bytes = await pdf.PrintAsync(context, ViewPath, document, ct);
        (file.Pdf, file.PdfSha256, file.PrintedAtUtc) = (bytes, VerificationCodes.Sha256(bytes), clock.UtcNow);
    }

    /// <summary>The stored PDF of a file, printing and storing it first when it never was; null when there is no such file.</summary>
    public async Task<(byte[] Pdf, string Name)?> GetAsync(ActionContext context, int fileId, CancellationToken ct)
    {
        var file = await db.DipDecreeFiles.Include(f => f.Decree).FirstOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return null;
        if (file.Pdf is null)
        {
            var rows = JsonSerializer.Deserialize<List<DipListRow>>(file.Decree!.EntriesJson) ?? [];
            await PrintAsync(context, file.Decree, file, rows, ct);
            // Only the first print is kept: if another request stored one meanwhile, that one stays and is served.
            var stored = await db.DipDecreeFiles.Where(f => f.Id == fileId && f.Pdf == null).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.Pdf, file.Pdf).SetProperty(f => f.PdfSha256, file.PdfSha256).SetProperty(f => f.PrintedAtUtc, file.PrintedAtUtc), ct);
            if (stored == 0) file.Pdf = await db.DipDecreeFiles.Where(f => f.Id == fileId).Select(f => f.Pdf).FirstAsync(ct);
        }

        return (file.Pdf!, $"penetapan-dip-v{file.Decree!.Version}-{file.UnitCode}-{file.VerificationCode}.pdf");
    }
}
