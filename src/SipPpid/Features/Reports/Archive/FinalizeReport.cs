using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Pdf;
using SipPpid.Infrastructure.Time;
using SipPpid.Infrastructure.Verification;

namespace SipPpid.Features.Reports.Archive;

/// <summary>
/// Finalizes the report of one period and unit subtree (SOP step 3): takes the figures once, prints the report
/// with its verification code and QR code, and stores the PDF, the figures JSON, SHA-256, who and when as a new
/// version. Nothing is overwritten: a second finalization of the same period and unit is version 2.
/// </summary>
public sealed class FinalizeReport(AppDbContext db, ServiceDocuments documents, ViewPdf pdf, BodyClock clock, IOptions<PpidOptions> options)
{
    public const string ViewPath = "/Features/Reports/Archive/_FinalizedReport.cshtml";

    /// <summary>Prints within <paramref name="context"/> (the finalize page's request); the user is its signed-in officer.</summary>
    public async Task<ReportArchive> RunAsync(ActionContext context, Unit top, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(top);
        var user = context.HttpContext.User;
        var actor = Actor.From(user);
        for (var attempt = 1; ; attempt++)
        {
            // Taken before the figures are counted: any request event recorded after this instant may be missing from them.
            var at = clock.UtcNow;
            var version = (await db.ReportArchives.Of(top.Id, from, to).MaxAsync(a => (int?)a.Version, ct) ?? 0) + 1;
            var document = await documents.LoadAsync(top, from, to, ct);
            var code = VerificationCodes.New();
            var url = VerificationCodes.VerifyUrl(options.Value.PublicBaseUrl, code);
            var when = IndonesianDates.FormatWithTime(clock.ToLocal(at), clock.ZoneAbbreviation(at));
            document = document with { Seal = new ArchiveSeal(code, version, at, when, actor.Name, url, VerificationCodes.QrDataUri(url)) };
            var bytes = await pdf.PrintAsync(context, ViewPath, document, ct);

            var archive = new ReportArchive
            {
                From = from,
                To = to,
                UnitId = top.Id,
                UnitCode = top.Code,
                UnitName = top.Name,
                Version = version,
                VerificationCode = code,
                FinalizedAtUtc = at,
                FinalizedByUserId = actor.UserId,
                FinalizedByName = actor.Name,
                FiguresJson = JsonSerializer.Serialize(document.Report),
                Pdf = bytes,
                PdfSize = bytes.Length,
                PdfSha256 = VerificationCodes.Sha256(bytes),
            };
            db.ReportArchives.Add(archive);
            db.Audit(user, "report.finalize", $"{top.Code} {document.Report.From}..{document.Report.To} v{version}",
                new { code, sha256 = archive.PdfSha256, size = archive.PdfSize });
            try
            {
                await db.SaveChangesAsync(ct);
                return archive;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another officer took this version number (or, vanishingly rarely, the code) first: count and print again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
