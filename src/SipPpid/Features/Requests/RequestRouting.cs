using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Requests;

/// <summary>
/// Disposisi: the PPID Utama routes a request to a PPID Pembantu with a note; the Pembantu can send it back.
/// Every hop is an event; the officers of the receiving unit are told by e-mail.
/// </summary>
public sealed class RequestRouting(AppDbContext db, RequestMails mails, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    public async Task<string?> RouteAsync(InformationRequest r, string? unitCode, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.IsOpen()) return t["Permohonan ini sudah tidak terbuka."];
        var target = await db.Units.FirstOrDefaultAsync(u => u.Code == unitCode && u.IsActive, ct);
        if (target is null) return t["Pilih unit tujuan yang aktif."];
        if (target.Id == r.UnitId) return t["Permohonan sudah ditangani unit ini."];
        var from = r.UnitId;
        r.UnitId = target.Id;
        r.Unit = target;
        db.Record(r, RequestEventKind.Routed, clock.Today, actor, Clean(note), fromUnitId: from, toUnitId: target.Id);
        foreach (var email in await db.OfficerEmailsAsync(target.Id, clock.UtcNow, ct)) mails.RoutedToOfficer(r, email, target.Name);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Sends a request back to the PPID Utama (the root unit).</summary>
    public async Task<string?> ReturnAsync(InformationRequest r, string? note, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!r.IsOpen()) return t["Permohonan ini sudah tidak terbuka."];
        if (string.IsNullOrWhiteSpace(note)) return t["Tulis alasan pengembalian."];
        var root = await db.Units.Where(u => u.ParentId == null).FirstAsync(ct);
        if (root.Id == r.UnitId) return t["Permohonan sudah berada di PPID Utama."];
        var from = r.UnitId;
        r.UnitId = root.Id;
        r.Unit = root;
        r.Status = RequestStatus.Registered;
        db.Record(r, RequestEventKind.ReturnedToUtama, clock.Today, actor, Clean(note), fromUnitId: from, toUnitId: root.Id);
        foreach (var email in await db.OfficerEmailsAsync(root.Id, clock.UtcNow, ct)) mails.RoutedToOfficer(r, email, root.Name);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
