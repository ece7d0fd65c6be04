using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.Reports.Archive;

/// <summary>One archived report as the list and the detail page show it (never its bytes).</summary>
public sealed record ArchiveRow(
    int Id, DateOnly From, DateOnly To, int UnitId, string UnitCode, string UnitName, int Version, int LatestVersion,
    DateTime FinalizedAtUtc, string FinalizedBy, string Sha256, string Code, long PdfSize,
    DateOnly? FiledOn, string? Cabinet, string? Folder)
{
    public bool Superseded => LatestVersion > Version;
}

public static class ArchiveQueries
{
    /// <summary>The versions of one period and unit.</summary>
    public static IQueryable<ReportArchive> Of(this IQueryable<ReportArchive> archives, int unitId, DateOnly from, DateOnly to) =>
        archives.Where(a => a.UnitId == unitId && a.From == from && a.To == to);

    /// <summary>Archives of units in the scope (a PPID Pembantu sees its subtree's only).</summary>
    public static IQueryable<ReportArchive> InScope(this IQueryable<ReportArchive> archives, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return archives.Where(scope.Filter<ReportArchive>(a => a.Unit!.Path));
    }

    /// <summary>List rows with the latest version of their period and unit and the latest hard-copy filing.</summary>
    public static IQueryable<ArchiveRow> ToRows(this IQueryable<ReportArchive> archives, AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return archives.Select(a => new ArchiveRow(
            a.Id, a.From, a.To, a.UnitId, a.UnitCode, a.UnitName, a.Version,
            db.ReportArchives.Where(b => b.UnitId == a.UnitId && b.From == a.From && b.To == a.To).Max(b => b.Version),
            a.FinalizedAtUtc, a.FinalizedByName, a.PdfSha256, a.VerificationCode, a.PdfSize,
            db.ReportFilings.Where(f => f.ArchiveId == a.Id).OrderByDescending(f => f.Id).Select(f => (DateOnly?)f.FiledOn).FirstOrDefault(),
            db.ReportFilings.Where(f => f.ArchiveId == a.Id).OrderByDescending(f => f.Id).Select(f => f.Cabinet).FirstOrDefault(),
            db.ReportFilings.Where(f => f.ArchiveId == a.Id).OrderByDescending(f => f.Id).Select(f => f.Folder).FirstOrDefault()));
    }
}
