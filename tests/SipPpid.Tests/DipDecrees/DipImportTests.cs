using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Features.RegisterImport;
using SipPpid.Tests.Support;
using static SipPpid.Tests.DipDecrees.DipFiles;

namespace SipPpid.Tests.DipDecrees;

/// <summary>
/// <c>import dip</c>: a good file is published and numbered; importing it again changes nothing; a changed row updates its
/// entry; every bad row is named by line and column and nothing is stored; the CSV and XLSX exports import again unchanged.
/// </summary>
public abstract class DipImportTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<DipEntry>> EntriesAsync(string prefix) => app.WithDbAsync(db =>
        db.DipEntries.AsNoTracking().Where(e => e.Title.StartsWith(prefix)).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_good_file_is_published_and_importing_it_again_changes_nothing_while_a_changed_row_updates_its_entry()
    {
        var csv = Csv(Row("DINKES", "Good A", url: "https://ppid.example.go.id/a.pdf", published: "2026-01-05"),
            Row("DINKES", "Good B", category: "setiap_saat"), Row("SETDA", "Good C", category: "serta_merta"));
        var first = await app.ImportAsync(csv);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal((3, 0, 0), (first.Added, first.Updated, first.Unchanged));
        var entries = await EntriesAsync("Good ");
        Assert.All(entries, e => Assert.Equal(DipStatus.Published, e.Status));
        Assert.Equal(new DateOnly(2026, 1, 5), entries[0].PublishedDate);
        Assert.Equal("https://ppid.example.go.id/a.pdf", entries[0].Url);
        Assert.Equal(entries[0].Number + 1, entries[1].Number);
        Assert.Equal(DipCategory.SertaMerta, entries[2].Category);

        var again = await app.ImportAsync(csv);
        Assert.Equal((0, 0, 3), (again.Added, again.Updated, again.Unchanged));
        var after = await EntriesAsync("Good ");
        Assert.Equal(entries.Select(e => (e.Id, e.ChangedAtUtc, e.UpdatedDate)), after.Select(e => (e.Id, e.ChangedAtUtc, e.UpdatedDate)));

        var changed = await app.ImportAsync(Csv(Row("DINKES", "Good A", summary: "Ringkasan baru", url: "https://ppid.example.go.id/a.pdf", published: "2026-01-05")));
        Assert.Equal((0, 1, 0), (changed.Added, changed.Updated, changed.Unchanged));
        var updated = (await EntriesAsync("Good A")).Single();
        Assert.Equal("Ringkasan baru", updated.Summary);
        Assert.True(updated.ChangedAtUtc > entries[0].ChangedAtUtc);
        var events = await app.WithDbAsync(db => db.DipEntryEvents.Where(e => e.EntryId == updated.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([DipEventKind.Imported, DipEventKind.Updated], events);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "dip.import")));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_nothing_is_stored()
    {
        var before = await app.WithDbAsync(db => db.DipEntries.CountAsync());
        var result = await app.ImportAsync(Csv(
            Row("DINKES", "Bad ok"),
            Row("NOPE", "Bad unit"),
            Row("DINKES", "Bad category", category: "bulanan"),
            Row("DINKES", "Bad holder", holder: ""),
            Row("DINKES", "Bad url", url: "ftp://example.org/x"),
            Row("DINKES", "Bad date", published: "2026-13-01"),
            Row("DINKES", "Bad ok")));
        Assert.Equal(
            [
                "line 3: unit_code: unit 'NOPE' does not exist",
                "line 4: category: 'bulanan' is not one of berkala, serta_merta, setiap_saat",
                "line 5: holder: required",
                "line 6: url: not an http(s) link",
                "line 7: published_date: '2026-13-01' is not a date (yyyy-mm-dd)",
                "line 8: title: the same unit, title and produced_time already appear on line 2",
            ],
            result.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await app.WithDbAsync(db => db.DipEntries.CountAsync()));

        var missing = await app.ImportAsync("unit_code,category,title,summary,holder,responsible,produced_time,produced_place,format\nDINKES,berkala,T,S,H,R,2025,P,softcopy\n");
        Assert.Equal(["line 1: retention: required column is missing"], missing.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await app.WithDbAsync(db => db.DipEntries.CountAsync()));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_export_imports_again_unchanged(string format)
    {
        var imported = await app.ImportAsync(Csv(Row("DPUPR", $"Export {format} 1", summary: "=1+2 not a formula"), Row("DPUPR", $"Export {format} 2", url: "http://example.org/b")));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var client = await app.SignedInAsync("utama@ppid.demo");
        var file = await client.GetByteArrayAsync($"/Dip/Cetak?unit=DPUPR&format={format}");
        var again = await app.ImportAsync(file, format == "csv" ? ImportRegister.FileFormat.Csv : ImportRegister.FileFormat.Xlsx);
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(0, again.Added + again.Updated);
        Assert.True(again.Unchanged >= 2);
        Assert.Equal("=1+2 not a formula", (await EntriesAsync($"Export {format} 1")).Single().Summary);
    }
}

public sealed class SqliteDipImportTests(SqliteApp app) : DipImportTests<SqliteApp>(app);

public sealed class PostgresDipImportTests(PostgresApp app) : DipImportTests<PostgresApp>(app);
