using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Demo;
using SipPpid.Infrastructure.Storage;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Portal;

/// <summary>The portal tests' DIP: entries in every state, one with a stored PDF, announcements running and ended.</summary>
public static class PortalData
{
    public const string Word = "mangrovekalbar";
    public const string PublishedTitle = "Laporan rehabilitasi hutan mangrove";
    public const string DraftTitle = "Draf rencana mangrove rahasia";
    public const string WithdrawnTitle = "Kajian mangrove yang ditarik";
    public const string ChildTitle = "Naskah perjanjian kerja sama pesisir";
    public const string RunningTitle = "Peringatan dini banjir rob pesisir";
    public const string EndedTitle = "Kabut asap bulan lalu";

    public static async Task<int> SeedAsync(AppFactory app)
    {
        if (await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title == PublishedTitle)))
            return await app.WithDbAsync(db => db.DipEntries.Where(e => e.Title == PublishedTitle).Select(e => e.Id).FirstAsync());
        await app.SeedDemoAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        var published = Entry(units["DLHK"], 1, DipCategory.Berkala, PublishedTitle, $"Luas rehabilitasi {Word} per kabupaten dan anggaran penanaman.", today);
        published.Documents.Add(await DocumentAsync(files, "rehabilitasi-mangrove.pdf"));
        published.DocumentNames = "rehabilitasi-mangrove.pdf";
        var withdrawn = Entry(units["DLHK"], 2, DipCategory.Berkala, WithdrawnTitle, $"Kajian {Word} lama.", today, DipStatus.Withdrawn);
        withdrawn.Documents.Add(await DocumentAsync(files, "kajian-lama.pdf"));
        var running = Entry(units["BPBD"], 1, DipCategory.SertaMerta, RunningTitle, "Air pasang tinggi di pesisir Kubu Raya.", today);
        (running.ShowFrom, running.ShowUntil) = (today.AddDays(-1), today.AddDays(3));
        var ended = Entry(units["BPBD"], 2, DipCategory.SertaMerta, EndedTitle, "Kualitas udara tidak sehat.", today);
        (ended.ShowFrom, ended.ShowUntil) = (today.AddDays(-40), today.AddDays(-30));
        db.DipEntries.AddRange(published, withdrawn, running, ended,
            Entry(units["DLHK"], 3, DipCategory.SetiapSaat, DraftTitle, $"Draf {Word} internal.", today, DipStatus.Draft),
            Entry(units["BIRO-HUKUM"], 1, DipCategory.SetiapSaat, ChildTitle, "Perjanjian dengan kabupaten pesisir.", today, format: DipFormat.Hardcopy));
        await db.SaveChangesAsync();
        return published.Id;
    }

    public static async Task<DipDocument> DocumentAsync(FileStore files, string name)
    {
        using var content = new MemoryStream(TinyPdf.Create("Dokumen uji", name));
        var (stored, _) = await files.SaveAsync(content, name, CancellationToken.None);
        return new DipDocument
        {
            FileName = stored!.FileName,
            ContentType = stored.ContentType,
            Size = stored.Size,
            StorageKey = stored.StorageKey,
            Sha256 = stored.Sha256,
            UploadedAtUtc = DateTime.UtcNow,
        };
    }

    public static DipEntry Entry(int unitId, int number, DipCategory category, string title, string summary, DateOnly today,
        DipStatus status = DipStatus.Published, DipFormat format = DipFormat.Softcopy) => new()
        {
            UnitId = unitId,
            Number = number,
            Category = category,
            Title = title,
            Summary = summary,
            Holder = "Sekretariat",
            Responsible = "Kepala Dinas",
            ProducedTime = "2026",
            ProducedPlace = "Pontianak",
            Format = format,
            Retention = "5 tahun",
            Status = status,
            PublishedDate = status == DipStatus.Draft ? null : today.AddDays(-10),
            UpdatedDate = status == DipStatus.Draft ? null : today.AddDays(-10),
            CreatedAtUtc = DateTime.UtcNow,
            ChangedAtUtc = DateTime.UtcNow,
        };
}
