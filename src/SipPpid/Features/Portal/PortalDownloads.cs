using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Portal;

/// <summary>
/// /Informasi/Dokumen/{docId}: a document of a published entry (404 for a draft's or a withdrawn entry's), named from
/// what it is (never the uploaded name), as an attachment; X-Content-Type-Options: nosniff comes with every answer
/// (SecurityHeaders). The download count is incremented by the database, so instances count together.
/// </summary>
public static class PortalDownloads
{
    public static void MapPortalDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/Informasi/Dokumen/{docId:int}", DownloadAsync).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(int docId, AppDbContext db, FileStore files, CancellationToken ct)
    {
        var doc = await db.Published().SelectMany(e => e.Documents).Where(d => d.Id == docId)
            .Select(d => new { d.StorageKey, d.ContentType, d.Entry!.Unit!.Code, d.Entry.Number })
            .FirstOrDefaultAsync(ct);
        if (doc is null) return Results.NotFound();
        Stream content;
        try
        {
            content = files.Open(doc.StorageKey);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Results.NotFound();
        }

        await db.DipDocuments.Where(d => d.Id == docId).ExecuteUpdateAsync(s => s.SetProperty(d => d.DownloadCount, d => d.DownloadCount + 1), ct);
        var name = FileNames.ForDownload(doc.ContentType, "dip", doc.Code, doc.Number.ToString(CultureInfo.InvariantCulture), docId.ToString(CultureInfo.InvariantCulture));
        return Results.File(content, doc.ContentType, name);
    }
}
