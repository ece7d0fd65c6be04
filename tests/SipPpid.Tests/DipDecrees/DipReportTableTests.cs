using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.DipDecrees;

/// <summary>
/// The service report's DIP table on a small worked example: published entries per unit and category, and the
/// <c>berkala</c> ones not updated for six months before the report's day (drafts are not counted).
/// </summary>
public abstract class DipReportTableTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await app.SeedDemoAsync();
        await app.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            var n = 0;
            DipEntry Entry(string unit, DipCategory category, DateOnly updated, DipStatus status = DipStatus.Published) => new()
            {
                UnitId = units[unit],
                Number = ++n,
                Category = category,
                Title = $"Tally {n}",
                Summary = "S",
                Holder = "H",
                Responsible = "R",
                ProducedTime = "2025",
                ProducedPlace = "Pontianak",
                Format = DipFormat.Softcopy,
                Retention = "5 tahun",
                Status = status,
                PublishedDate = updated,
                UpdatedDate = updated,
                CreatedAtUtc = DateTime.UtcNow,
                ChangedAtUtc = DateTime.UtcNow,
            };
            db.DipEntries.AddRange(
                Entry("DINKES", DipCategory.Berkala, new DateOnly(2025, 1, 1)),      // stale on 30 June 2026
                Entry("DINKES", DipCategory.Berkala, new DateOnly(2026, 6, 1)),      // updated within six months
                Entry("DINKES", DipCategory.Berkala, new DateOnly(2024, 1, 1), DipStatus.Draft), // not published: not counted
                Entry("DINKES", DipCategory.SetiapSaat, new DateOnly(2024, 1, 1)),   // old, but only berkala entries go stale
                Entry("SETDA", DipCategory.SertaMerta, new DateOnly(2026, 3, 1)));
            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_report_counts_published_and_stale_entries_per_unit_and_category_as_of_its_day()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<ServiceDocuments>();
        var root = (await documents.TopAsync(null, CancellationToken.None))!;
        var document = await documents.LoadAsync(root, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), CancellationToken.None);
        Assert.Equal("2026-06-30", document.Report.AsOf);
        Assert.Equal(
            [
                new DipTally("DINKES", document.Dip[0].UnitName, DipCategory.Berkala, 2, 1),
                new DipTally("DINKES", document.Dip[0].UnitName, DipCategory.SetiapSaat, 1, 0),
                new DipTally("SETDA", document.Dip[2].UnitName, DipCategory.SertaMerta, 1, 0),
            ],
            document.Dip.OrderBy(d => d.UnitCode, StringComparer.Ordinal).ThenBy(d => d.Category));

        var dinkes = await documents.LoadAsync((await documents.TopAsync("DINKES", CancellationToken.None))!,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), CancellationToken.None);
        Assert.Equal(3, dinkes.Dip.Sum(d => d.Published));
    }
}

public sealed class SqliteDipReportTableTests(SqliteApp app) : DipReportTableTests<SqliteApp>(app);

public sealed class PostgresDipReportTableTests(PostgresApp app) : DipReportTableTests<PostgresApp>(app);
