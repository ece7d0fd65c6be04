using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.Demo;

/// <summary>
/// The demo province's Daftar Informasi Publik (<see cref="DemoDipCatalog"/>): a few hundred entries over every unit,
/// most published, some with small PDF documents (stored like uploads) or an external link, some on paper only, a few
/// <c>berkala</c> entries not updated for over six months, a running serta-merta announcement and two ended ones,
/// each with its history. Deterministic; a database that has DIP entries is left as it is.
/// </summary>
public sealed class DemoDip(AppDbContext db, FileStore files)
{
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        if (await db.DipEntries.AnyAsync(ct)) return 0;
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var random = new Random(14);
        var numbers = new Dictionary<int, int>();
        var entries = new List<DipEntry>();
        var year = today.Year - 1;
        foreach (var unit in units)
        {
            var kinds = DemoDipCatalog.Common.Where(_ => random.NextDouble() < 0.6)
                .Concat(DemoDipCatalog.Specific.Where(s => s.Unit == unit.Code).Select(s => s.Kind));
            foreach (var kind in kinds)
            {
                numbers[unit.Id] = numbers.GetValueOrDefault(unit.Id) + 1;
                var entry = await NewAsync(random, kind, unit.Id, unit.Name, numbers[unit.Id], year, today, ct);
                // Now and then a draft still being prepared, or an entry taken back (not public either way).
                if (entries.Count % 29 == 7) (entry.Status, entry.PublishedDate, entry.UpdatedDate) = (DipStatus.Draft, null, null);
                if (entries.Count % 97 == 50) (entry.Status, entry.WithdrawalReason) = (DipStatus.Withdrawn, "Diganti dengan versi yang telah diaudit.");
                entries.Add(entry);
            }
        }

        foreach (var a in DemoDipCatalog.Announcements)
        {
            var unit = units.First(u => u.Code == a.Unit);
            numbers[unit.Id] = numbers.GetValueOrDefault(unit.Id) + 1;
            var kind = new DemoDipCatalog.Kind(DipCategory.SertaMerta, a.Title, a.Summary, "Kepala Pelaksana / Kepala Bidang terkait",
                "Saat kejadian", DipFormat.Softcopy, "2 tahun", Pdf: true);
            var entry = await NewAsync(random, kind, unit.Id, unit.Name, numbers[unit.Id], year, today, ct);
            (entry.ShowFrom, entry.ShowUntil) = (today.AddDays(a.FromDays), today.AddDays(a.UntilDays));
            entry.PublishedDate = entry.UpdatedDate = entry.ShowFrom;
            entries.Add(entry);
        }

        db.DipEntries.AddRange(entries);
        foreach (var e in entries) History(e);
        var counters = await db.NumberSequences.Where(s => s.Year == 0 && s.Kind == NumberSequence.DipEntries).ToDictionaryAsync(s => s.UnitId, ct);
        foreach (var (unitId, last) in numbers)
        {
            if (counters.TryGetValue(unitId, out var counter)) counter.Last = Math.Max(counter.Last, last);
            else db.NumberSequences.Add(new NumberSequence { UnitId = unitId, Year = 0, Kind = NumberSequence.DipEntries, Last = last });
        }

        await db.SaveChangesAsync(ct);
        return entries.Count;
    }

    private async Task<DipEntry> NewAsync(Random random, DemoDipCatalog.Kind kind, int unitId, string unitName, int number, int year, DateOnly today, CancellationToken ct)
    {
        var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Title, unitName, year);
        var summary = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Summary, unitName, year);
        var published = today.AddDays(-random.Next(30, 600));
        // Most berkala entries were refreshed in the last five months; the rest are stale (older than six months).
        var updated = kind.Category == DipCategory.Berkala && random.NextDouble() < 0.85 ? today.AddDays(-random.Next(1, 150)) : published;
        if (updated < published) updated = published;
        var entry = new DipEntry
        {
            UnitId = unitId,
            Number = number,
            Category = kind.Category,
            Title = Cut(title, DipEntry.TitleMaxLength),
            Summary = summary,
            Holder = kind.Holder,
            Responsible = "Kepala " + unitName,
            ProducedTime = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.ProducedTime, unitName, year),
            ProducedPlace = "Pontianak",
            Format = kind.Format,
            Retention = kind.Retention,
            Url = kind.Url,
            Status = DipStatus.Published,
            PublishedDate = published,
            UpdatedDate = updated,
            CreatedAtUtc = Utc(published),
            ChangedAtUtc = Utc(updated),
        };
        if (kind.Pdf)
        {
            entry.Documents.Add(await DocumentAsync(random, DipDocumentKind.Document, title, summary, published, ct));
            if (random.NextDouble() < 0.15)
                entry.Documents.Add(await DocumentAsync(random, DipDocumentKind.EasyRead, title + " (cetak besar)", summary, published, ct));
        }

        entry.DocumentNames = string.Join(' ', entry.Documents.Select(d => d.FileName));
        return entry;
    }

    private async Task<DipDocument> DocumentAsync(Random random, DipDocumentKind kind, string title, string summary, DateOnly day, CancellationToken ct)
    {
        var lines = new List<string> { title, "" };
        lines.AddRange(Wrap(summary, 80));
        lines.Add("");
        lines.Add("Dokumen contoh data demo SIP PPID.");
        using var content = new MemoryStream(TinyPdf.Create([.. lines]));
        var (stored, error) = await files.SaveAsync(content, Slug(title) + ".pdf", ct);
        if (stored is null) throw new InvalidOperationException("The demo document was refused: " + error);
        return new DipDocument
        {
            Kind = kind,
            FileName = stored.FileName,
            ContentType = stored.ContentType,
            Size = stored.Size,
            StorageKey = stored.StorageKey,
            Sha256 = stored.Sha256,
            DownloadCount = random.Next(0, 400),
            UploadedAtUtc = Utc(day),
            UploadedBy = "Data demo",
        };
    }

    private void History(DipEntry e)
    {
        var created = DateOnly.FromDateTime(e.CreatedAtUtc);
        Add(e, DipEventKind.Created, created);
        if (e.PublishedDate is { } published) Add(e, DipEventKind.Published, published);
        if (e.UpdatedDate is { } updated && updated != e.PublishedDate) Add(e, DipEventKind.Updated, updated);
        if (e.Status == DipStatus.Withdrawn) Add(e, DipEventKind.Withdrawn, e.UpdatedDate ?? created, e.WithdrawalReason);
    }

    private void Add(DipEntry e, DipEventKind kind, DateOnly day, string? reason = null) =>
        db.DipEntryEvents.Add(new DipEntryEvent { Entry = e, Kind = kind, Date = day, AtUtc = Utc(day), ActorName = "Data demo", Reason = reason });

    /// <summary>09:00 in Pontianak (WIB, UTC+7).</summary>
    private static DateTime Utc(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        if (line.Length > 0) yield return line.ToString();
    }

    private static string Slug(string title)
    {
        var b = new StringBuilder();
        foreach (var c in title.ToLowerInvariant()) b.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var slug = string.Join('-', b.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
