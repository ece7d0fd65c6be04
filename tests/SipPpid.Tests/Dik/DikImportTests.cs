using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Dik.DikFiles;

namespace SipPpid.Tests.Dik;

/// <summary>
/// <c>import dik</c>: a good file creates numbered entries with an Imported decree, history and audit (from the command
/// line, exit 0); importing it again changes nothing; every bad row is named by line and column and a file with one bad
/// row saves nothing; the upload page keeps a PPID Pembantu inside its units and offers a template that imports.
/// </summary>
public abstract class DikImportTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<DikEntry>> EntriesAsync(string prefix) => app.WithDbAsync(db =>
        db.DikEntries.AsNoTracking().Include(e => e.Decrees).Where(e => e.Information.StartsWith(prefix)).OrderBy(e => e.Id).ToListAsync());

    private Task<(int, int, int)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.DikEntries.CountAsync(), await db.DikDecrees.CountAsync(), await db.DikEntryEvents.CountAsync()));

    [Fact]
    public async Task The_command_imports_entries_with_their_decrees_and_importing_again_changes_nothing()
    {
        var file = Support.Cli.TempFile(Csv(
            Row("DINKES", "Cli rekam medis", "188.4/901/DINKES/2026"),
            Row("DINKES", "Cli evaluasi tender", "188.4/902/DINKES/2026", basis: "17b", end: "2027-06-30", scope: "partial"),
            Row("BIRO-PBJ", "Cli rencana pengamanan", "188.4/901/PBJ/2026", basis: "other_law")));
        var first = await Support.Cli.RunAsync(app.Database, "import", "dik", file);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("DIK imported: 3 added, 0 unchanged.", first.Out, StringComparison.Ordinal);

        var entries = await EntriesAsync("Cli ");
        Assert.Equal(3, entries.Count);
        Assert.Equal(entries[0].Number + 1, entries[1].Number);
        Assert.All(entries, e => Assert.Equal(DikStatus.InForce, e.Status));
        var tender = entries[1];
        Assert.Equal(("17b", DikScope.Partial, new DateOnly(2027, 6, 30)), (tender.Basis, tender.Scope, tender.PeriodEnd!.Value));
        var decree = Assert.Single(tender.Decrees);
        Assert.Equal((DikDecreeKind.Imported, "188.4/902/DINKES/2026", new DateOnly(2026, 1, 5), "dr. Siti Rahmawati", (int?)null),
            (decree.Kind, decree.Number, decree.Date, decree.SignatoryName, decree.SupersededById));
        Assert.Null(entries[2].PeriodEnd);
        var events = await app.WithDbAsync(db => db.DikEntryEvents.Where(e => e.EntryId == tender.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([DikEventKind.Imported], events);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "dik.import")));

        var before = await CountsAsync();
        var again = await Support.Cli.RunAsync(app.Database, "import", "dik", file);
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Contains("DIK imported: 0 added, 3 unchanged.", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(entries.Select(e => (e.Id, e.ChangedAtUtc)), (await EntriesAsync("Cli ")).Select(e => (e.Id, e.ChangedAtUtc)));
    }

    [Fact]
    public async Task Every_bad_row_is_named_by_line_and_column_and_a_file_with_one_bad_row_saves_nothing()
    {
        var existing = await app.ImportDikAsync(Csv(Row("DINKES", "Bad existing", "188.4/800/DINKES/2026")));
        Assert.True(existing.Succeeded, string.Join("\n", existing.Errors));
        var before = await CountsAsync();

        var result = await app.ImportDikAsync(Csv(
            Row("DINKES", "Bad ok", "188.4/801/DINKES/2026"),
            Row("DINKES", "Bad basis", "188.4/802/DINKES/2026", basis: "17z"),
            Row("DINKES", "Bad no end", "188.4/803/DINKES/2026", basis: "17a"),
            Row("DINKES", "Bad end before", "188.4/804/DINKES/2026", basis: "17b", end: "2026-01-05"),
            Row("NOPE", "Bad unit", "188.4/805/DINKES/2026"),
            Row("DINKES", "Bad twice in file", "188.4/801/DINKES/2026"),
            Row("DINKES", "Bad taken in database", "188.4/800/DINKES/2026"),
            Row("DINKES", "Bad existing", "188.4/806/DINKES/2026"),
            Row("DINKES", "Bad scope", "188.4/807/DINKES/2026", scope: "half"),
            Row("DINKES", "Bad date", "188.4/808/DINKES/2026", decreed: "2026-02-30"),
            Row("DINKES", "", "188.4/809/DINKES/2026")));
        var lines = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(10, lines.Count);
        Assert.Equal("line 3: basis: '17z' is not one of 17a, 17b, 17c, 17d, 17e, 17f, 17g, 17h, 17i, 17j, other_law", lines[0]);
        Assert.StartsWith("line 4: period_end: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("line 5: period_end: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("line 6: unit_code: unit 'NOPE' does not exist", lines[3]);
        Assert.Equal("line 7: decree_number: decree number 188.4/801/DINKES/2026 is already used in unit DINKES on line 2", lines[4]);
        Assert.StartsWith("line 8: decree_number: decree number 188.4/800/DINKES/2026 is already used in unit DINKES by DIK entry ", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("line 9: decree_number: DIK entry ", lines[6], StringComparison.Ordinal);
        Assert.Contains("already holds this information under decree 188.4/800/DINKES/2026", lines[6], StringComparison.Ordinal);
        Assert.Equal("line 10: scope: 'half' is not one of full, partial", lines[7]);
        Assert.Equal("line 11: decree_date: '2026-02-30' is not a date (yyyy-mm-dd)", lines[8]);
        Assert.Equal("line 12: information: required", lines[9]);
        Assert.Equal(before, await CountsAsync());
        Assert.Empty(await EntriesAsync("Bad ok"));

        var one = await app.ImportDikAsync(Csv(Row("DINKES", "Bad only good", "188.4/811/DINKES/2026"), Row("DINKES", "Bad only bad", "188.4/812/DINKES/2026", basis: "17c")));
        Assert.Equal(["line 3: period_end"], one.Errors.Select(e => $"line {e.Line}: {e.Column}"));
        Assert.Equal(before, await CountsAsync());

        var missing = await app.ImportDikAsync("unit_code,information,basis\nDINKES,X,17h\n");
        Assert.False(missing.Succeeded);
        Assert.All(missing.Errors, e => Assert.Equal(1, e.Line));
        Assert.Equal(before, await CountsAsync());
    }

    private static async Task<string> UploadAsync(HttpClient client, string csv, string name = "dik.csv")
    {
        var token = AppFactory.FormToken(await client.GetStringAsync("/Import/Dik"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", name);
        var response = await client.PostAsync("/Import/Dik", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pembantu_uploads_its_own_units_rows_and_is_refused_another_units_by_line()
    {
        var client = await app.SignedInAsync("dinkes@ppid.demo");
        var refused = await UploadAsync(client, Csv(Row("DINKES", "Page own", "188.4/701/DINKES/2026"), Row("SETDA", "Page other", "188.4/701/SETDA/2026")));
        Assert.Contains("id=\"import-errors\"", refused, StringComparison.Ordinal);
        Assert.Contains("line 3: unit_code: unit SETDA is outside your scope", refused, StringComparison.Ordinal);
        Assert.Empty(await EntriesAsync("Page "));

        var done = await UploadAsync(client, Csv(Row("DINKES", "Page own", "188.4/701/DINKES/2026")));
        Assert.Contains("id=\"import-done\"", done, StringComparison.Ordinal);
        Assert.Single(await EntriesAsync("Page own"));

        var wrong = await UploadAsync(client, "not a table", "dik.txt");
        Assert.Contains("id=\"import-problem\"", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_has_the_contract_columns_and_imports()
    {
        var client = await app.SignedInAsync("utama@ppid.demo");
        var page = await client.GetStringAsync("/Import/Dik");
        Assert.Contains("/Import/Dik?handler=Template", page, StringComparison.Ordinal);
        var template = await client.GetByteArrayAsync("/Import/Dik?handler=Template");
        var text = Encoding.UTF8.GetString(template).TrimStart('\uFEFF');
        Assert.StartsWith(Header, text, StringComparison.Ordinal);
        var result = await app.ImportDikAsync(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Added);
    }
}

public sealed class SqliteDikImportTests(SqliteApp app) : DikImportTests<SqliteApp>(app);

public sealed class PostgresDikImportTests(PostgresApp app) : DikImportTests<PostgresApp>(app);
