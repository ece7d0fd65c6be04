using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Settings;
using SipPpid.Features.Survey;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Reports;

/// <summary>
/// Everything the printed Laporan Layanan Informasi Publik shows (<c>_ServiceReport.cshtml</c>): the figures, the
/// narrative, the letterhead and the signers. <see cref="Seal"/> is set only on a finalized (archived) copy.
/// </summary>
public sealed record ServiceDocument(ServiceReportResult Report, ReportNarrative Narrative, Letterhead Letterhead, Unit TopUnit, AppUser? Atasan, DateOnly Today)
{
    public ArchiveSeal? Seal { get; init; }

    /// <summary>The DIP table: published and stale entries per unit and category, as of the report's day.</summary>
    public IReadOnlyList<DipTally> Dip { get; init; } = [];

    /// <summary>The DIK table: entries in force as of the report's day and the period's refusals citing one, per unit and basis.</summary>
    public IReadOnlyList<DikTally> Dik { get; init; } = [];

    /// <summary>The Survei Kepuasan Masyarakat table (issue 16): the period's index per unit; null when the period has no responses in scope.</summary>
    public SurveyReport? Survey { get; init; }
}

/// <summary>What a finalized copy carries: its verification code and the QR code of the public page that checks it.</summary>
public sealed record ArchiveSeal(string Code, int Version, DateTime FinalizedAtUtc, string FinalizedAtText, string FinalizedBy, string VerifyUrl, string QrDataUri);

/// <summary>Loads a <see cref="ServiceDocument"/> for one period and unit subtree (the unit already checked against the scope).</summary>
public sealed class ServiceDocuments(AppDbContext db, ServiceReport report, CurrentBody body, UserManager<AppUser> users, BodyClock clock)
{
    /// <summary>The unit whose subtree the report covers: the given code, else the root; null when unknown.</summary>
    public Task<Unit?> TopAsync(string? unitCode, CancellationToken ct) => unitCode is null
        ? db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.ParentId == null, ct)
        : db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct);

    public async Task<ServiceDocument> LoadAsync(Unit top, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(top);
        var figures = (await report.RunAsync(new ServiceReport.Query(from, to, top.Code), ct))!;
        var narrative = await db.ReportNarratives.AsNoTracking().FirstOrDefaultAsync(n => n.From == from && n.To == to && n.UnitCode == top.Code, ct) ?? new();
        var letterhead = Letterhead.For(await body.GetAsync(ct), top);
        var atasan = (await users.GetUsersInRoleAsync(Roles.AtasanPpid)).OrderBy(u => u.FullName, StringComparer.Ordinal).FirstOrDefault();
        var dip = await DipTallies.CountAsync(db, top.Path, figures.AsOfDate(), ct);
        var dik = await DikTallies.CountAsync(db, top.Path, from, to, figures.AsOfDate(), ct);
        var survey = await SurveyTallies.CountAsync(db, top.Path, top.Code, from, to, ct);
        return new ServiceDocument(figures, narrative, letterhead, top, atasan, clock.Today)
        {
            Dip = dip,
            Dik = dik,
            Survey = survey.Total.Index.Respondents > 0 ? survey : null,
        };
    }
}
