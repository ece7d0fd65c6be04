using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dip;

/// <summary>
/// A DIP entry's files: stored outside the web root by <see cref="FileStore"/> (type from content, DIP size limit),
/// each change in the history, and <see cref="DipEntry.DocumentNames"/> kept for the full-text index.
/// </summary>
public sealed class DipDocuments(AppDbContext db, FileStore files, DipHistory history, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>Checks and stores one upload; returns the message for the upload field when it is refused (nothing stored).</summary>
    public async Task<string?> AddAsync(DipEntry entry, Stream content, string fileName, DipDocumentKind kind, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var error = Attach(entry, await files.SaveDipAsync(content, fileName, ct), fileName, kind, user);
        if (error is null) await db.SaveChangesAsync(ct);
        return error;
    }

    /// <summary>Copies the files a request provided (its answer) as the new entry's documents (own copies: removing one leaves the request's).</summary>
    public async Task CopyFromRequestAsync(DipEntry entry, int requestId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var provided = await db.RequestFiles.AsNoTracking()
            .Where(f => f.RequestId == requestId && f.Kind == FileKind.InformationProvided).OrderBy(f => f.Id)
            .Select(f => new { f.FileName, f.StorageKey }).ToListAsync(ct);
        foreach (var f in provided)
        {
            if (await files.ReadAllBytesAsync(f.StorageKey, ct) is not { } bytes) continue; // missing on disk: nothing to copy
            using var stream = new MemoryStream(bytes);
            Attach(entry, await files.SaveDipAsync(stream, f.FileName, ct), f.FileName, DipDocumentKind.Document, user);
        }
    }

    public async Task<bool> RemoveAsync(DipEntry entry, int documentId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = entry.Documents.FirstOrDefault(d => d.Id == documentId);
        if (document is null) return false;
        entry.Documents.Remove(document);
        db.DipDocuments.Remove(document);
        KeepNames(entry);
        history.Record(entry, DipEventKind.DocumentRemoved, user, contentChanged: true, details: new { document.FileName, document.Sha256 });
        await db.SaveChangesAsync(ct);
        files.Delete(document.StorageKey);
        return true;
    }

    private string? Attach(DipEntry entry, (StoredFile? File, string? Error) saved, string fileName, DipDocumentKind kind, ClaimsPrincipal user)
    {
        if (saved.File is not { } stored)
        {
            return saved.Error switch
            {
                "too_large" => t["Berkas {0} lebih dari {1} MB.", FileNames.Display(fileName), files.MaxDipBytes / 1024 / 1024],
                "empty" => t["Berkas {0} kosong.", FileNames.Display(fileName)],
                _ => t["Jenis berkas {0} tidak diterima: unggah PDF, dokumen Office atau ODF, gambar JPEG/PNG, CSV/teks, atau audio (MP3, OGG, WAV, M4A).", FileNames.Display(fileName)],
            };
        }

        entry.Documents.Add(new DipDocument
        {
            Kind = kind,
            FileName = stored.FileName,
            ContentType = stored.ContentType,
            Size = stored.Size,
            StorageKey = stored.StorageKey,
            Sha256 = stored.Sha256,
            UploadedAtUtc = clock.UtcNow,
            UploadedBy = user.Identity?.Name,
        });
        KeepNames(entry);
        history.Record(entry, DipEventKind.DocumentAdded, user, contentChanged: entry.Status != DipStatus.Draft,
            details: new { stored.FileName, kind = kind.ToString(), stored.Sha256 });
        return null;
    }

    private static void KeepNames(DipEntry entry) => entry.DocumentNames = string.Join(" ", entry.Documents.Select(d => d.FileName));
}
