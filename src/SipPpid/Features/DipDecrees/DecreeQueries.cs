using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.DipDecrees;

/// <summary>The decrees (newest first) with their annexes, and the entries changed since the latest one.</summary>
public static class DecreeQueries
{
    public sealed record FileRow(int Id, int? UnitId, string UnitCode, string UnitName, int EntryCount, string Code, string? Sha256);

    public sealed record DecreeRow(int Id, int Version, string Number, DateOnly Date, string SignatoryName, DateTime DecreedAtUtc,
        string DecreedBy, int EntryCount, string EntriesSha256, List<FileRow> Files);

    public sealed record ChangedRow(int Id, string UnitCode, int Number, string Title, DipStatus Status, DateTime ChangedAtUtc);

    public static Task<List<DecreeRow>> ListAsync(AppDbContext db, CancellationToken ct) =>
        db.DipDecrees.AsNoTracking().OrderByDescending(d => d.Version)
            .Select(d => new DecreeRow(d.Id, d.Version, d.Number, d.Date, d.SignatoryName, d.DecreedAtUtc, d.DecreedByName, d.EntryCount,
                d.EntriesSha256, d.Files.OrderBy(f => f.UnitId != null).ThenBy(f => f.UnitCode)
                    .Select(f => new FileRow(f.Id, f.UnitId, f.UnitCode, f.UnitName, f.EntryCount, f.VerificationCode, f.PdfSha256)).ToList()))
            .ToListAsync(ct);

    /// <summary>Entries changed (content, status, documents) after <paramref name="decreedAtUtc"/>, the latest decree's instant.</summary>
    public static IQueryable<ChangedRow> ChangedSince(this IQueryable<DipEntry> entries, DateTime decreedAtUtc) =>
        entries.Where(e => e.ChangedAtUtc > decreedAtUtc).OrderBy(e => e.Unit!.Code).ThenBy(e => e.Number)
            .Select(e => new ChangedRow(e.Id, e.Unit!.Code, e.Number, e.Title, e.Status, e.ChangedAtUtc));
}
