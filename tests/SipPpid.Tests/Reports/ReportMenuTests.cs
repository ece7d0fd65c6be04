using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The report menu's reports on the hand-built January 2026 data (10 requests and 3 objections in the tree; unit B
/// and its B1 hold 2 requests and 1 objection): Register Permohonan, Register Keberatan and Rekap per Unit, each as
/// print view, PDF, XLSX, CSV and JSON, read back; a PPID Pembantu officer gets its own subtree only.
/// </summary>
public abstract partial class ReportMenuTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Period = "Filter.From=2026-01-01&Filter.To=2026-01-31&Filter.Sort=received_asc";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var b = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "B"));
        foreach (var (email, role, unit) in new[] { ("utama@ppid.test", "PpidUtama", (int?)null), ("b@ppid.test", "PpidPembantu", b.Id) })
        {
            var u = new AppUser { UserName = email, Email = email, FullName = email, UnitId = unit };
            Assert.True((await users.CreateAsync(u, "Sandi-Laporan-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(u, role)).Succeeded);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> AsAsync(string email) => app.SignedInAsync(email, "Sandi-Laporan-2026");

    [Fact]
    public async Task The_menu_offers_every_report_in_every_format_for_the_dashboards_period()
    {
        var client = await AsAsync("utama@ppid.test");
        var html = await client.GetStringAsync("/Reports?periode=custom&dari=2026-01-01&sampai=2026-01-31&unit=PROV");
        Assert.Contains("id=\"report-menu\"", html);
        foreach (var id in new[] { "service", "recap", "survey", "requests", "objections" }) Assert.Contains($"id=\"menu-{id}\"", html);
        var section = html[html.IndexOf("id=\"report-menu\"", StringComparison.Ordinal)..];
        var links = Href().Matches(section[..section.IndexOf("</section>", StringComparison.Ordinal)]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => !h.Contains("format=pdf", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(17, links.Count); // 5 print views; XLSX, CSV and JSON of the recap, the SKM report and both registers
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Register_permohonan_in_every_format()
    {
        var json = await RegisterInEveryFormatAsync("/Requests", "REGISTER PERMOHONAN INFORMASI PUBLIK", "Jumlah: 10 permohonan", "registration_number", "Nomor pendaftaran");
        Assert.Equal(10, json.GetArrayLength());
        Assert.Equal("2026-01-01", json[0].GetProperty("received_date").GetString());
    }

    [Fact]
    public async Task Register_keberatan_in_every_format()
    {
        var json = await RegisterInEveryFormatAsync("/Objections", "REGISTER KEBERATAN", "Jumlah: 3 keberatan", "objection_number", "Nomor keberatan");
        Assert.Equal(3, json.GetArrayLength());
        Assert.Equal("a;c", json[0].GetProperty("grounds").GetString());
        Assert.Equal("rejected", json[0].GetProperty("decision").GetString());
    }

    /// <summary>
    /// A register's print view, then its JSON, CSV and XLSX (the same rows in the same order, by their number
    /// column; the CSV and JSON name it <paramref name="key"/>, the XLSX a person reads <paramref name="header"/>) and its PDF
    /// (A4, paged, every number printed); returns the JSON.
    /// </summary>
    private async Task<JsonElement> RegisterInEveryFormatAsync(string list, string title, string count, string key, string header)
    {
        var client = await AsAsync("utama@ppid.test");
        var q = Period + "&Filter.Under=PROV";
        var print = await client.GetStringAsync(list + "/Print?" + q);
        Assert.Contains(title, print);
        Assert.Contains(count, print);
        Assert.Contains("/css/register", print); // A4 landscape

        var json = JsonDocument.Parse(await client.GetByteArrayAsync($"{list}?handler=Json&{q}")).RootElement;
        var numbers = json.EnumerateArray().Select(r => r.GetProperty(key).GetString()!).ToList();
        Assert.Equal(numbers, Csv(await client.GetByteArrayAsync($"{list}?handler=Csv&{q}")).Select(r => r[key]));
        var xlsx = Xlsx(await client.GetByteArrayAsync($"{list}?handler=Xlsx&{q}"));
        Assert.Equal(numbers, xlsx.Select(r => r[header]?.ToString()));
        Assert.DoesNotContain(xlsx[0].Keys, k => k.Contains('_', StringComparison.Ordinal)); // no machine names in the workbook

        var pdf = await client.GetAsync($"{list}/Print?{q}&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PublicForm.PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains(title, text);
        Assert.Contains("Halaman 1 dari", text);
        Assert.All(numbers, n => Assert.Contains(n, text));
        return json;
    }

    [Fact]
    public async Task Rekap_per_unit_in_every_format()
    {
        var client = await AsAsync("utama@ppid.test");
        const string q = "dari=2026-01-01&sampai=2026-01-31&unit=PROV";
        var print = await client.GetStringAsync("/Reports/Recap?" + q);
        Assert.Contains("REKAPITULASI LAYANAN INFORMASI PUBLIK PER UNIT", print);
        Assert.Matches(@"<tr class=""total"">\s*<td>Jumlah</td><td class=""num"">10</td>", print);

        var d = "/Reports?handler=Download&periode=custom&" + q + "&format=";
        var json = JsonDocument.Parse(await client.GetByteArrayAsync(d + "json")).RootElement;
        Assert.Equal(10, json.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32());
        var csv = Csv(await client.GetByteArrayAsync(d + "csv"));
        Assert.Equal(["PROV", "A", "B", "B1", "C", "TOTAL"], csv.Select(r => r["unit_code"]));
        Assert.Equal("10", csv[^1]["received"]);
        var xlsx = Xlsx(await client.GetByteArrayAsync(d + "xlsx"));
        Assert.Equal(8, Convert.ToInt32(xlsx.Single(r => (string)r["Kode unit"]! == "A")["Permohonan diterima"], CultureInfo.InvariantCulture));
        Assert.Equal(csv[^1]["channel_phone"], Convert.ToString(xlsx.Single(r => (string)r["Kode unit"]! == "TOTAL")["Saluran: telepon"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(xlsx[0].Keys, k => k.Contains('_', StringComparison.Ordinal)); // every column has a label

        var text = await PublicForm.PdfTextAsync(await client.GetByteArrayAsync("/Reports/Recap?" + q + "&format=pdf"));
        Assert.Contains("REKAPITULASI LAYANAN INFORMASI PUBLIK PER UNIT", text);
        Assert.Contains("Unit B1", text);
        Assert.Contains("Halaman 1 dari", text);
    }

    [Fact]
    public async Task A_pembantu_officer_gets_its_own_subtree_only()
    {
        var client = await AsAsync("b@ppid.test");
        var menu = await client.GetStringAsync("/Reports?periode=custom&dari=2026-01-01&sampai=2026-01-31");
        Assert.Contains("/Requests/Print?Filter.From=2026-01-01&amp;Filter.To=2026-01-31&amp;Filter.Under=B&amp;", menu);

        Assert.Contains("Jumlah: 2 permohonan", await client.GetStringAsync("/Requests/Print?" + Period + "&Filter.Under=B"));
        Assert.Contains("Jumlah: 1 keberatan", await client.GetStringAsync("/Objections/Print?" + Period));
        Assert.Equal(2, JsonDocument.Parse(await client.GetByteArrayAsync("/Requests?handler=Json&" + Period)).RootElement.GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(await client.GetByteArrayAsync("/Objections?handler=Json&" + Period)).RootElement.GetArrayLength());
        foreach (var outside in new[] { "/Requests/Print?" + Period + "&Filter.Under=PROV", "/Objections/Print?" + Period + "&Filter.Unit=A",
                     "/Reports/Recap?dari=2026-01-01&sampai=2026-01-31&unit=PROV" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(outside)).StatusCode);
        var recap = await client.GetStringAsync("/Reports/Recap?dari=2026-01-01&sampai=2026-01-31");
        Assert.Contains("Unit B1", recap);
        Assert.DoesNotContain("Unit A<", recap);
    }

    private static List<Dictionary<string, string>> Csv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        return rows;
    }

    private static List<IDictionary<string, object?>> Xlsx(byte[] bytes) =>
        MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

public sealed class SqliteReportMenuTests(SqliteApp app) : ReportMenuTests<SqliteApp>(app);

public sealed class PostgresReportMenuTests(PostgresApp app) : ReportMenuTests<PostgresApp>(app);
