using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Csv;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.RegisterImport;

/// <summary>
/// The register's export re-imports (issue 13 item 3): the demo body's register, exported as CSV and as XLSX,
/// imports into an empty body with the same units, and that body's register exports the same, except the NIK,
/// which every export masks and the import therefore stores as "not given" (<see cref="RegisterColumns.Nik"/>).
/// </summary>
public abstract class RegisterRoundTripTests(string provider) : IDisposable
{
    private readonly TestDatabase _source = TestDatabase.Create(provider);
    private readonly TestDatabase _target = TestDatabase.Create(provider);

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData(".csv")]
    [InlineData(".xlsx")]
    public async Task The_demo_register_exported_imports_into_an_empty_body_as_the_same_register_without_the_niks(string extension)
    {
        var seeded = await Support.Cli.RunAsync(_source, "seed-demo", "--Demo:Enabled=true");
        Assert.True(seeded.ExitCode == 0, seeded.Err);
        string units;
        List<RegisterExport.Row> rows;
        await using (var db = DatabaseSetup.CreateContext(_source.Provider, _source.ConnectionString))
        {
            var list = await db.Units.AsNoTracking().OrderBy(u => u.Path)
                .Select(u => new { u.Code, u.Name, Parent = u.Parent == null ? "" : u.Parent.Code, u.Kind }).ToListAsync();
            units = UnitsCsv(list.Select(u => (u.Code, u.Name, u.Parent, u.Kind)));
            rows = await RegisterAsync(db);
        }

        Assert.True(rows.Count > 100, $"the demo has {rows.Count} requests");
        var masked = rows.Count(r => RegisterColumns.IsMaskedNik(RegisterColumns.Nik.ExportText(r.Get(RegisterColumns.Nik))));
        Assert.True(masked > 0, "the demo has applicants with a NIK");

        Assert.Equal(0, (await Support.Cli.RunAsync(_target, "import", "units", Support.Cli.TempFile(units))).ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"sipppid-roundtrip-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(file, extension == ".csv" ? RegisterExport.Csv(rows) : RegisterExport.Xlsx(rows));
        var imported = await Support.Cli.RunAsync(_target, "import", "register", file);
        Assert.True(imported.ExitCode == 0, imported.Err);
        Assert.Contains($"Register imported: {rows.Count} added, 0 skipped", imported.Out, StringComparison.Ordinal);

        await using var target = DatabaseSetup.CreateContext(_target.Provider, _target.ConnectionString);
        var again = await RegisterAsync(target);
        var expected = Cells(rows, withoutNik: true);
        var actual = Cells(again, withoutNik: false);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], actual[i]);
        Assert.All(again, r => Assert.Null(r.Get(RegisterColumns.Nik)));

        // Imported again, the file changes nothing.
        var twice = await Support.Cli.RunAsync(_target, "import", "register", file);
        Assert.Contains($"Register imported: 0 added, {rows.Count} skipped", twice.Out, StringComparison.Ordinal);
    }

    private static Task<List<RegisterExport.Row>> RegisterAsync(AppDbContext db) =>
        db.Requests.AsNoTracking().OrderBy(r => r.Unit!.Code).ThenBy(r => r.RegistrationNumber).ToRegisterRows().ToListAsync();

    /// <summary>Each row's exported cells by column (as the CSV reads back); a masked NIK is expected back empty.</summary>
    private static List<string> Cells(List<RegisterExport.Row> rows, bool withoutNik)
    {
        var (read, errors) = CsvTable.Read(new MemoryStream(RegisterExport.Csv(rows)), RegisterExport.Columns, []);
        Assert.Empty(errors);
        return [.. read.Select(row => string.Join(" | ", RegisterExport.Columns.Select(c =>
            $"{c}={(withoutNik && c == RegisterColumns.Nik.Name && RegisterColumns.IsMaskedNik(row[c]) ? null : row[c])}")))];
    }

    private static string UnitsCsv(IEnumerable<(string Code, string Name, string Parent, UnitKind Kind)> units)
    {
        var csv = new StringBuilder("code,name,parent_code,kind\n");
        foreach (var (code, name, parent, kind) in units)
            csv.Append(CultureInfo.InvariantCulture, $"{code},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{parent},{(kind == UnitKind.Utama ? "utama" : "pembantu")}\n");
        return csv.ToString();
    }
}

public sealed class RegisterRoundTripTestsSqlite() : RegisterRoundTripTests("sqlite");

public sealed class RegisterRoundTripTestsPostgres() : RegisterRoundTripTests("postgres");
