using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Reports;

/// <summary>
/// The dashboard on the hand-built January 2026 data: every number is a link to exactly the requests it counts,
/// checked by following each link and counting the register's rows.
/// </summary>
public abstract partial class DashboardTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        await ServiceReportData.SeedAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var u = new AppUser { UserName = "kepala@ppid.test", Email = "kepala@ppid.test", FullName = "Kepala PPID" };
        Assert.True((await users.CreateAsync(u, "Sandi-Kepala-2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(u, "PpidUtama")).Succeeded);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_number_links_to_exactly_the_requests_it_counts()
    {
        var client = await app.SignedInAsync("kepala@ppid.test", "Sandi-Kepala-2026");
        var html = await client.GetStringAsync("/Reports?periode=custom&dari=2026-01-01&sampai=2026-01-31");
        Assert.Contains("id=\"recon-table\"", html);
        var links = Link().Matches(html).Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(links.Count > 100, $"only {links.Count} links");
        Assert.Contains(links, l => l.Count == 10); // the total received
        var checkedLinks = 0;
        foreach (var (url, count) in links.Where(l => l.Count > 0).DistinctBy(l => l.Url))
        {
            var list = await client.GetStringAsync(url);
            var shown = int.Parse(Count().Match(list).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(count == shown, $"{url}: the table says {count}, the register lists {shown}");
            checkedLinks++;
        }

        Assert.True(checkedLinks >= 20, $"only {checkedLinks} non-zero links checked");
        var table = await client.GetStringAsync("/Reports?handler=Table&periode=custom&dari=2026-01-01&sampai=2026-01-31&unit=PROV");
        Assert.StartsWith("<div id=\"recon\"", table.Trim());
        Assert.Contains("hx-trigger=\"every 5s\"", table);
    }

    [Fact]
    public async Task Every_dispute_figure_links_to_exactly_the_disputes_it_counts()
    {
        var client = await app.SignedInAsync("kepala@ppid.test", "Sandi-Kepala-2026");
        var html = await client.GetStringAsync("/Reports?periode=custom&dari=2026-01-01&sampai=2026-01-31");

        // The Sengketa column (per unit and total) and the by-outcome figures: the outcome dated 15 February is
        // pending as of 31 January, the dispute registered in December is not counted.
        var column = DisputeLink().Matches(html).Select(m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var outcomes = OutcomeLink().Matches(html).ToDictionary(m => m.Groups[2].Value, m => (Url: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(column.Count >= 4, $"only {column.Count} dispute links in the table");
        Assert.Equal(2, column[^1].Count); // the total row
        Assert.Equal(["disputes", "dispute_mediation_success", "dispute_adjudication_for_applicant", "dispute_adjudication_for_public_body", "dispute_withdrawn", "dispute_pending"], outcomes.Keys.ToArray());
        Assert.Equal(1, outcomes["dispute_mediation_success"].Count);
        Assert.Equal(1, outcomes["dispute_pending"].Count);
        Assert.Equal(0, outcomes["dispute_adjudication_for_applicant"].Count);
        foreach (var (url, count) in column.Concat(outcomes.Values))
        {
            var list = await client.GetStringAsync(url);
            var shown = int.Parse(Count().Match(list).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(count == shown, $"{url}: the dashboard says {count}, the list shows {shown}");
            Assert.Equal(shown, Regex.Count(list, "<tr>\\s*<td>"));
        }

        var pending = await client.GetStringAsync(outcomes["dispute_pending"].Url);
        Assert.Contains("Dalam proses", pending);
        Assert.Contains("keadaan per 31 Januari 2026", WebUtility.HtmlDecode(pending));
    }

    [Fact]
    public async Task The_annual_report_prints_the_same_figures_with_the_narrative_as_html_and_pdf()
    {
        var client = await app.SignedInAsync("kepala@ppid.test", "Sandi-Kepala-2026");
        const string q = "dari=2026-01-01&sampai=2026-01-31&unit=PROV";
        var saved = await AppFactory.PostFormAsync(client, "/Reports/Narrative?" + q, new()
        {
            ["Form.Policy"] = "PPID ditetapkan dengan Keputusan Gubernur.",
            ["Form.Obstacles"] = "Jaringan internet di kabupaten terpencil belum stabil.",
        }, formPage: "/Reports/Narrative?" + q);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await client.GetStringAsync("/Reports/Service?" + q);
        Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", html);
        Assert.Contains("id=\"report-received\">10<", html);
        Assert.Contains("id=\"report-objections\">3<", html);
        Assert.Contains("Jaringan internet di kabupaten terpencil", html);

        var pdf = await client.GetAsync("/Reports/Service?" + q + "&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        await File.WriteAllBytesAsync(Browser.BrowserFixture.ArtifactPath($"report-{typeof(TApp).Name}.pdf"), bytes);
        var text = Regex.Replace(await PublicRequests.PublicForm.PdfTextAsync(bytes), @"\s+", " ");
        Assert.Contains("LAPORAN LAYANAN INFORMASI PUBLIK", text);
        Assert.Contains("Selama periode ini diterima 10 permohonan informasi; 6 telah diberi pemberitahuan tertulis (4 tepat waktu, 2 terlambat)", text);
        Assert.Contains("Pasal 17 huruf h 1", text);
        Assert.Matches("Halaman 1 dari \\d", text);

        // The same figures as JSON, CSV and XLSX from the dashboard.
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/Reports?handler=Download&format=json&periode=custom&" + q));
        Assert.Equal(10, json.RootElement.GetProperty("total").GetProperty("requests").GetProperty("received").GetInt32());
        var csv = await client.GetStringAsync("/Reports?handler=Download&format=csv&periode=custom&" + q);
        Assert.Contains("TOTAL,Jumlah,PROV,10,", csv);
        var xlsx = await client.GetByteArrayAsync("/Reports?handler=Download&format=xlsx&periode=custom&" + q);
        using var sheet = new MemoryStream(xlsx);
        var rows = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(10d, Convert.ToDouble(rows.Single(r => (string)r["Kode unit"] == "TOTAL")["Permohonan diterima"], System.Globalization.CultureInfo.InvariantCulture));

        var foreign = await app.SignedInAsync("kepala@ppid.test", "Sandi-Kepala-2026");
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync("/Reports/Service?dari=2026-01-01&sampai=2026-01-31&unit=NOPE")).StatusCode);
    }

    [GeneratedRegex("<a href=\"(/Requests\\?[^\"]+)\"[^>]*>(\\d+)</a>")]
    private static partial Regex Link();

    [GeneratedRegex("<a href=\"(/Objections/Disputes\\?[^\"]+)\" data-figure=\"disputes\">(\\d+)</a>")]
    private static partial Regex DisputeLink();

    [GeneratedRegex("<a href=\"(/Objections/Disputes\\?[^\"]+)\" data-figure=\"(disputes|dispute_[a-z_]+)\">[^<:]+: (\\d+)</a>")]
    private static partial Regex OutcomeLink();

    [GeneratedRegex("id=\"result-count\">(\\d+) ")]
    private static partial Regex Count();
}

public sealed class DashboardTestsSqlite(SqliteApp app) : DashboardTests<SqliteApp>(app);

public sealed class DashboardTestsPostgres(PostgresApp app) : DashboardTests<PostgresApp>(app);
