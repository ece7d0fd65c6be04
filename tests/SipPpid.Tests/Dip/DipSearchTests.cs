using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.Dip;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dip;

/// <summary>The database's own full-text index finds DIP entries by their words, and follows every change of them.</summary>
public abstract class DipSearchTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.DipEntries.AnyAsync())) return;
        await app.SeedDemoAsync();
        await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.FirstAsync(u => u.Code == "DINKES");
            db.DipEntries.AddRange(
                Entry(unit.Id, 1, "Laporan Keuangan Dinas Kesehatan 2025", "Laporan realisasi anggaran dan neraca", "lk-2025.pdf"),
                Entry(unit.Id, 2, "Profil Puskesmas", "Alamat, jam layanan dan tenaga kesehatan setiap puskesmas", ""),
                Entry(unit.Id, 3, "Rencana Strategis", "Renstra lima tahun, draf internal", "", DipStatus.Draft));
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static DipEntry Entry(int unitId, int number, string title, string summary, string documents, DipStatus status = DipStatus.Published) => new()
    {
        UnitId = unitId,
        Number = number,
        Category = DipCategory.Berkala,
        Title = title,
        Summary = summary,
        Holder = "Sekretariat",
        Responsible = "Kepala Dinas",
        ProducedTime = "2025",
        ProducedPlace = "Pontianak",
        Format = DipFormat.Softcopy,
        Retention = "5 tahun",
        Status = status,
        DocumentNames = documents,
        PublishedDate = new DateOnly(2026, 1, 5),
        UpdatedDate = new DateOnly(2026, 1, 5),
        CreatedAtUtc = DateTime.UtcNow,
        ChangedAtUtc = DateTime.UtcNow,
    };

    private Task<List<string>> Search(string query) => app.WithDbAsync(db =>
        db.DipEntries.AsNoTracking().Matching(db, query).OrderBy(e => e.Number).Select(e => e.Title).ToListAsync());

    [Fact]
    public async Task Finds_an_entry_by_a_word_of_its_summary_title_or_document_name()
    {
        Assert.Equal(["Laporan Keuangan Dinas Kesehatan 2025"], await Search("neraca"));
        Assert.Equal(["Profil Puskesmas"], await Search("PUSKESMAS"));
        Assert.Equal(["Laporan Keuangan Dinas Kesehatan 2025"], await Search("keuangan 2025"));
        Assert.Empty(await Search("jembatan"));
        Assert.Equal(["Laporan Keuangan Dinas Kesehatan 2025"], await Search("angg"));
    }

    [Fact]
    public async Task Operators_and_punctuation_are_words_only()
    {
        Assert.Equal(["Profil Puskesmas"], await Search("\"puskesmas\"* ) ( - :"));
        Assert.Equal(3, (await Search("  ")).Count);
    }

    [Fact]
    public async Task The_index_follows_an_edit()
    {
        await app.WithDbAsync(async db =>
        {
            var e = await db.DipEntries.FirstAsync(x => x.Number == 3);
            e.Summary = "Renstra dengan indikator kinerja utama";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["Rencana Strategis"], await Search("indikator"));
        Assert.Empty(await Search("internal"));
    }
}

public sealed class SqliteDipSearchTests(SqliteApp app) : DipSearchTests<SqliteApp>(app);

public sealed class PostgresDipSearchTests(PostgresApp app) : DipSearchTests<PostgresApp>(app);
