using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.WorkQueue;

/// <summary>
/// The Dasbor (work queue) where signing in lands: its counts are the registers' own filters within the user's unit
/// scope, so a PPID Pembantu never sees another unit's items, and each count opens a register list of that length.
/// </summary>
public abstract partial class WorkQueueTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Requests.AnyAsync(r => r.ApplicantName.StartsWith("Antrean")))) return;
        await app.SeedDemoAsync();
        DateOnly today, overdue, dueSoon;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(CancellationToken.None);
            // Received long enough ago that day 10 has passed; and received so that day 10 falls within the due-soon days.
            overdue = today.AddDays(-30);
            dueSoon = today;
            while (calendar.NoticeDeadline(dueSoon, extended: false) > calendar.DueSoonUntil(today)) dueSoon = dueSoon.AddDays(-1);
            Assert.True(calendar.NoticeDeadline(dueSoon, extended: false) >= today);
        }

        // DINKES: one new (web), one overdue, one due soon, one rejected with an objection awaiting the Atasan PPID.
        await app.SubmitAsync(Support.Requests.Valid("DINKES", "Antrean Dinkes Baru"));
        await app.EnterAtDeskAsync(overdue, unit: "DINKES", name: "Antrean Dinkes Terlambat");
        await app.EnterAtDeskAsync(dueSoon, unit: "DINKES", name: "Antrean Dinkes Segera");
        await app.FiledAtDeskAsync(await app.RejectedAsync("DINKES", "Antrean Dinkes Keberatan"), "a");
        // DPUPR: two overdue and an objection: none of it is the DINKES officer's.
        await app.EnterAtDeskAsync(overdue, unit: "DPUPR", name: "Antrean PUPR Terlambat Satu");
        await app.EnterAtDeskAsync(overdue.AddDays(-1), unit: "DPUPR", name: "Antrean PUPR Terlambat Dua");
        await app.FiledAtDeskAsync(await app.RejectedAsync("DPUPR", "Antrean PUPR Keberatan"), "a");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signing_in_lands_staff_on_the_work_queue_unless_a_return_address_was_asked_for()
    {
        var client = app.Client();
        var landed = await AppFactory.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = "dinkes@ppid.demo", ["Input.Password"] = "Demo-Kalbar-2026" });
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/Dasbor", landed.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync("/Dasbor");
        Assert.Contains("Selamat datang, dr. Siti Rahmawati, M.Kes.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"nav-dashboard\"", page, StringComparison.Ordinal);

        var asked = await AppFactory.PostFormAsync(app.Client(), "/Account/Login?ReturnUrl=%2FObjections",
            new() { ["Input.Email"] = "atasan@ppid.demo", ["Input.Password"] = "Demo-Kalbar-2026" }, formPage: "/Account/Login");
        Assert.Equal("/Objections", asked.Headers.Location!.OriginalString);

        // Signed out, the page asks for a sign-in and comes back to it.
        var anonymous = await app.Client().GetAsync("/Dasbor");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("ReturnUrl=%2FDasbor", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PPID_Pembantu_counts_only_their_units_items_and_each_count_opens_a_list_of_that_length()
    {
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var page = await dinkes.GetStringAsync("/Dasbor");
        var tiles = Tiles(page);
        Assert.Equal(1, tiles["requests-overdue"].Count);
        Assert.Equal(1, tiles["requests-due_soon"].Count);
        Assert.Equal(3, tiles["requests-new"].Count); // the web one and the two entered at the desk, none taken up yet
        Assert.Equal(1, tiles["objections-awaiting"].Count);
        Assert.Contains("Antrean Dinkes Terlambat", page, StringComparison.Ordinal);
        Assert.Contains("Antrean Dinkes Segera", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Antrean PUPR", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wq-summary\"", page, StringComparison.Ordinal);
        await AssertLinksAgreeAsync(dinkes, tiles);

        var pupr = await app.SignedInAsync("pupr@ppid.demo");
        var puprTiles = Tiles(await pupr.GetStringAsync("/Dasbor"));
        Assert.Equal(2, puprTiles["requests-overdue"].Count);
        Assert.Equal(0, puprTiles["requests-due_soon"].Count);
        Assert.Equal(1, puprTiles["objections-awaiting"].Count);
        await AssertLinksAgreeAsync(pupr, puprTiles);
    }

    [Fact]
    public async Task The_PPID_Utama_sees_every_unit_and_the_reconciliation_summary_of_the_service_report()
    {
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var page = await utama.GetStringAsync("/Dasbor");
        var tiles = Tiles(page);
        Assert.Equal(3, tiles["requests-overdue"].Count);
        Assert.Equal(2, tiles["objections-awaiting"].Count);
        await AssertLinksAgreeAsync(utama, tiles);

        // The summary is the service report of this year to today, as the reconciliation dashboard counts it.
        Assert.Contains("id=\"wq-summary\"", page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<BodyClock>().Today;
        var report = (await scope.ServiceProvider.GetRequiredService<Features.Reports.ServiceReport>()
            .RunAsync(new(new DateOnly(today.Year, 1, 1), today, null), CancellationToken.None))!;
        Assert.Equal(report.Total.Requests.Received, Figure(page, "received"));
        Assert.Equal(report.Total.Requests.Pending, Figure(page, "pending"));
        Assert.Equal(report.Total.Objections.Received, Figure(page, "objections"));
        Assert.True(Figure(page, "received") >= 7);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"dari={today.Year}-01-01&amp;sampai={today:yyyy-MM-dd}"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Atasan_PPID_sees_the_objections_awaiting_their_decision()
    {
        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        var page = await atasan.GetStringAsync("/Dasbor");
        var tiles = Tiles(page);
        Assert.Equal(2, tiles["objections-awaiting"].Count);
        Assert.Contains("Menunggu keputusan Anda", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wq-requests\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"wq-summary\"", page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(page, "href=\"/Objections/Details/\\d+\""));
        await AssertLinksAgreeAsync(atasan, tiles);
    }

    /// <summary>Every count, followed to its register list, lists exactly that many items.</summary>
    private static async Task AssertLinksAgreeAsync(HttpClient client, Dictionary<string, (int Count, string Href)> tiles)
    {
        foreach (var (id, (count, href)) in tiles)
        {
            Assert.True(href.StartsWith("/Requests?", StringComparison.Ordinal) || href.StartsWith("/Objections?", StringComparison.Ordinal), href);
            var list = await client.GetStringAsync(href);
            var shown = int.Parse(ResultCount().Match(list).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(count == shown, $"{id}: the queue says {count}, {href} lists {shown}");
        }
    }

    private static Dictionary<string, (int Count, string Href)> Tiles(string page) =>
        Tile().Matches(page).ToDictionary(m => m.Groups[1].Value,
            m => (int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups[2].Value)));

    private static int Figure(string page, string name) =>
        int.Parse(Regex.Match(page, $"id=\"wq-sum-{name}\">(\\d+)<").Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"wq-([a-z]+-[a-z_]+)\" href=\"([^\"]+)\">\\s*<span class=\"wq-count\" data-count=\"(\\d+)\"")]
    private static partial Regex Tile();

    [GeneratedRegex("id=\"result-count\">(\\d+) ")]
    private static partial Regex ResultCount();
}

public sealed class WorkQueueTestsSqlite(SqliteApp app) : WorkQueueTests<SqliteApp>(app);

public sealed class WorkQueueTestsPostgres(PostgresApp app) : WorkQueueTests<PostgresApp>(app);
