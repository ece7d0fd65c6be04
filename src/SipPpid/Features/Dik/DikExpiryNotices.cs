using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Notifications;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Dik;

/// <summary>
/// The 30-day expiry notice (disclosure.md): an entry in force whose exemption ends within
/// <see cref="DikRules.NoticeDaysAhead"/> days and whose unit has not been told for this end date
/// (<see cref="DikRules.NoticeDue"/>) is e-mailed to the unit's officers and to the PPID Utama, through the outbox, with
/// links to re-test it or release it to the DIP. Each entry is claimed with a conditional update in its own transaction
/// (<see cref="DikEntry.ExpiryNoticeFor"/> set to the end date), so instances running side by side never tell twice, and
/// a re-test with a later end date makes the entry due again when that date comes near.
/// </summary>
public sealed class DikExpiryNotices(AppDbContext db, BodyClock clock, DikHistory history, IOptions<PpidOptions> options)
{
    public const int BatchSize = 200;

    /// <summary>Sends today's due notices; returns the number of entries told.</summary>
    public Task<int> RunAsync(CancellationToken ct) => RunAsync(clock.Today, ct);

    /// <summary>Sends the notices due on <paramref name="today"/>; returns the number of entries told.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        var root = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        var utama = root is { } r ? await db.OfficerEmailsAsync(r, clock.UtcNow, ct) : [];
        var recipients = new Dictionary<int, IReadOnlyList<string>>();
        var told = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.DikEntries.Include(e => e.Unit).Where(DikRules.NoticeDue(today)).Where(e => e.Id > lastId)
                .OrderBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return told;
            lastId = batch[^1].Id;
            foreach (var entry in batch)
            {
                if (!recipients.TryGetValue(entry.UnitId, out var to))
                {
                    var unit = await db.OfficerEmailsAsync(entry.UnitId, clock.UtcNow, ct);
                    recipients[entry.UnitId] = to = unit.Concat(utama).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                }

                if (await TellAsync(entry, to, ct)) told++;
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> TellAsync(DikEntry entry, IReadOnlyList<string> to, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var previous = entry.ExpiryNoticeFor;
        var end = entry.PeriodEnd;
        var claimed = await db.DikEntries
            .Where(x => x.Id == entry.Id && x.Status == DikStatus.InForce && x.PeriodEnd == end && x.ExpiryNoticeFor == previous)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiryNoticeFor, end), ct);
        if (claimed != 1) return false; // another instance told it, or it was re-tested or released meanwhile
        entry.ExpiryNoticeFor = end;
        foreach (var email in to) db.Enqueue(email, Subject(entry), Body(entry));
        history.Record(entry, DikEventKind.ExpiryNoticeSent, null, note: $"Berakhir {IndonesianDates.Format(end!.Value)}; diberitahukan kepada {to.Count} alamat.");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    private static string Subject(DikEntry e) =>
        $"Pengecualian segera berakhir: DIK {e.Unit!.Code} nomor {e.Number}, {IndonesianDates.Format(e.PeriodEnd!.Value)}";

    private string Body(DikEntry e) =>
        $"""
        Jangka waktu pengecualian informasi berikut berakhir pada {IndonesianDates.Format(e.PeriodEnd!.Value)}.

        Unit              : {e.Unit!.Name}
        Nomor DIK         : {e.Number}
        Informasi         : {e.Information}
        Dasar pengecualian: {DikCodes.BasisName(e.Basis)} ({e.LegalReference})

        Sesudah tanggal itu informasi ini tidak lagi dikecualikan dan tidak dapat dikutip untuk menolak permohonan.
        Sebelum tanggal itu, lakukan uji konsekuensi ulang (Surat Penetapan Klasifikasi baru) atau buka informasinya
        dengan memindahkannya ke Daftar Informasi Publik.

        Rincian entri DIK  : {Base}/Dik/Details/{e.Id}
        Uji konsekuensi ulang: {Base}/Dik/Uji/{e.Id}?kind=retest
        Buka ke DIP        : {Base}/Dip/DariDik/{e.Id}
        """;
}
