using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Dik;
using SipPpid.Features.Reports;
using SipPpid.Tests.Dip;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Dik;

/// <summary>
/// Expiry of DIK entries on the demo province: the 30-day notice by e-mail (once per end date, again after a re-test),
/// the dashboards' panel in the user's scope, releasing an entry to the DIP in one step, and the service report's DIK
/// table with a worked example.
/// </summary>
public abstract partial class DikExpiryTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> NoticesAsync(DateOnly? today = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var notices = scope.ServiceProvider.GetRequiredService<DikExpiryNotices>();
        return today is { } d ? await notices.RunAsync(d, CancellationToken.None) : await notices.RunAsync(CancellationToken.None);
    }

    private Task<List<OutboxMessage>> MailsAsync(string subjectPart) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Subject.Contains(subjectPart)).OrderBy(m => m.Id).ToListAsync());

    private Task<DikEntry> DikAsync(int id) => app.WithDbAsync(db => db.DikEntries.AsNoTracking().SingleAsync(e => e.Id == id));

    private static string Subject(DikEntry e) => $"DIK DINKES nomor {e.Number},";

    [Fact]
    public async Task An_entry_ending_in_20_days_is_told_once_to_the_unit_and_the_ppid_utama_and_again_after_a_retest()
    {
        var today = await app.TodayAsync();
        var soon = await app.EntryAsync("DINKES", "Rekam medis pasien RSUD (notice)", today.AddDays(20));
        var later = await app.EntryAsync("DINKES", "Hasil audit investigatif (notice)", today.AddDays(40));

        Assert.True(await NoticesAsync() >= 1);
        var entry = await DikAsync(soon);
        var mails = await MailsAsync(Subject(entry));
        Assert.Equal(["dinkes@ppid.demo", "utama@ppid.demo"], mails.Select(m => m.To).Order(StringComparer.Ordinal));
        var body = mails[0].Body;
        Assert.Contains("Rekam medis pasien RSUD (notice)", body);
        Assert.Contains(Infrastructure.Time.IndonesianDates.Format(today.AddDays(20)), body);
        Assert.Contains($"/Dik/Details/{soon}", body);
        Assert.Contains($"/Dik/Uji/{soon}?kind=retest", body);
        Assert.Contains($"/Dip/DariDik/{soon}", body);
        Assert.Equal(today.AddDays(20), entry.ExpiryNoticeFor);
        Assert.Equal(1, await app.WithDbAsync(db => db.DikEntryEvents.CountAsync(e => e.EntryId == soon && e.Kind == DikEventKind.ExpiryNoticeSent)));
        Assert.Empty(await MailsAsync(Subject(await DikAsync(later))));
        Assert.Null((await DikAsync(later)).ExpiryNoticeFor);

        // A second round (another instance, the next day's timer) sends nothing more.
        await NoticesAsync();
        Assert.Equal(2, (await MailsAsync(Subject(entry))).Count);

        // A re-test moves the end 200 days on: not due now, due again 30 days before the new end, once.
        await app.WithDbAsync(db => db.DikEntries.Where(e => e.Id == soon).ExecuteUpdateAsync(s => s.SetProperty(e => e.PeriodEnd, today.AddDays(200))));
        await NoticesAsync();
        Assert.Equal(2, (await MailsAsync(Subject(entry))).Count);
        await NoticesAsync(today.AddDays(180));
        await NoticesAsync(today.AddDays(181));
        var all = await MailsAsync(Subject(entry));
        Assert.Equal(4, all.Count);
        Assert.Contains(Infrastructure.Time.IndonesianDates.Format(today.AddDays(200)), all[^1].Subject);
        Assert.Equal(today.AddDays(200), (await DikAsync(soon)).ExpiryNoticeFor);
    }

    [Fact]
    public async Task The_dashboards_list_entries_ending_soon_and_expired_in_the_users_scope()
    {
        var today = await app.TodayAsync();
        var ending = await app.EntryAsync("DINKES", "Data kasus HIV per kecamatan (panel)", today.AddDays(10));
        var expired = await app.EntryAsync("DINKES", "Dokumen pengadaan vaksin (panel)", today.AddDays(-5), "17b");
        await app.EntryAsync("DINKES", "Rencana operasi kesehatan jauh (panel)", today.AddDays(100));
        await app.EntryAsync("DINKES", "Data yang sudah dibuka (panel)", today.AddDays(10), released: true);
        var setda = await app.EntryAsync("SETDA", "Notulen rapat pimpinan (panel)", today.AddDays(12));

        var dinkes = await (await app.SignedInAsync("dinkes@ppid.demo")).GetStringAsync("/Dasbor");
        var panel = Panel(dinkes);
        Assert.Contains("Data kasus HIV per kecamatan (panel)", panel);
        Assert.Contains($"/Dik/Details/{ending}", panel);
        Assert.Contains("10 hari lagi", panel);
        Assert.Contains("Dokumen pengadaan vaksin (panel)", panel);
        Assert.Contains($"/Dik/Details/{expired}", panel);
        Assert.DoesNotContain("Rencana operasi kesehatan jauh", panel);
        Assert.DoesNotContain("Data yang sudah dibuka", panel);
        Assert.DoesNotContain("Notulen rapat pimpinan", panel);
        Assert.Matches("id=\"dik-expiry-expired\"[^<]*>\\s*<li[^>]*>\\s*<a href=\"/Dik/Details/" + expired, panel);

        var setdaPanel = Panel(await (await app.SignedInAsync("setda@ppid.demo")).GetStringAsync("/Dasbor"));
        Assert.Contains("Notulen rapat pimpinan (panel)", setdaPanel);
        Assert.DoesNotContain("Data kasus HIV", setdaPanel);

        var utama = Panel(await (await app.SignedInAsync("utama@ppid.demo")).GetStringAsync("/Reports"));
        Assert.Contains($"/Dik/Details/{ending}", utama);
        Assert.Contains($"/Dik/Details/{setda}", utama);
        Assert.Contains($"/Dik/Details/{expired}", utama);
    }

    private static string Panel(string html)
    {
        var start = html.IndexOf("id=\"dik-expiry-panel\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no DIK expiry panel");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static Dictionary<string, string> ReleaseFields(string title, string reason)
    {
        var fields = DipTestData.Fields(title, category: "setiap_saat");
        fields.Remove("submit");
        fields["Reason"] = reason;
        return fields;
    }

    [Fact]
    public async Task Releasing_publishes_the_information_in_the_dip_and_the_entry_can_no_longer_be_cited()
    {
        var today = await app.TodayAsync();
        var id = await app.EntryAsync("DINKES", "Laporan investigasi kejadian luar biasa campak 2025", today.AddDays(15), "17a");
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var url = $"/Dip/DariDik/{id}";

        var form = await dinkes.GetStringAsync(url);
        Assert.Contains("value=\"Laporan investigasi kejadian luar biasa campak 2025\"", form);
        Assert.Contains("value=\"Dinas Kesehatan\"", form);
        Assert.Contains("<option value=\"setiap_saat\" selected=\"selected\"", form);

        // No reason: a message, what was typed kept, nothing changed.
        var missing = await AppFactory.PostFormAsync(dinkes, url, ReleaseFields("Laporan KLB campak 2025 (dibuka)", " "));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Tuliskan alasan informasi ini dibuka.", missingHtml);
        Assert.Contains("value=\"Laporan KLB campak 2025 (dibuka)\"", missingHtml);
        Assert.Equal(DikStatus.InForce, (await DikAsync(id)).Status);
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title == "Laporan KLB campak 2025 (dibuka)")));

        // Another unit's officer: 404, nothing changed.
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync(url)).StatusCode);
        var foreign = await AppFactory.PostFormAsync(setda, url, ReleaseFields("Titipan SETDA", "Dibuka"), formPage: "/Dip/Create");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(DikStatus.InForce, (await DikAsync(id)).Status);

        var released = await AppFactory.PostFormAsync(dinkes, url, ReleaseFields("Laporan KLB campak 2025 (dibuka)", "Wabah telah berakhir; laporan dapat dibuka."));
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var dipId = int.Parse(DetailsId().Match(released.Headers.Location!.ToString()).Groups[1].Value, CultureInfo.InvariantCulture);
        var dip = await app.WithDbAsync(db => db.DipEntries.AsNoTracking().SingleAsync(e => e.Id == dipId));
        Assert.Equal(DipStatus.Published, dip.Status);
        Assert.Equal(DipCategory.SetiapSaat, dip.Category);
        Assert.Equal("Laporan KLB campak 2025 (dibuka)", dip.Title);
        var entry = await DikAsync(id);
        Assert.Equal(dip.UnitId, entry.UnitId);
        Assert.Equal(DikStatus.Released, entry.Status);
        Assert.Equal(today, entry.ReleasedOn);
        Assert.Equal("Wabah telah berakhir; laporan dapat dibuka.", entry.ReleaseReason);
        Assert.Equal(dipId, entry.ReleasedToDipEntryId);
        Assert.False(DikRules.IsInForce(entry, today));
        Assert.False(await app.WithDbAsync(db => db.DikEntries.Where(DikRules.InForce(today)).AnyAsync(e => e.Id == id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.DikEntryEvents.CountAsync(e => e.EntryId == id && e.Kind == DikEventKind.Released)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "dik.released")));
        // Released entries get no expiry notice.
        await NoticesAsync();
        Assert.Empty(await MailsAsync(Subject(entry)));

        // Again: refused with a message, no second DIP entry.
        var again = await AppFactory.PostFormAsync(dinkes, url, ReleaseFields("Laporan KLB campak 2025 (lagi)", "Lagi"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Informasi ini sudah dibuka ke DIP.", await again.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.DipEntries.AnyAsync(e => e.Title == "Laporan KLB campak 2025 (lagi)")));
        Assert.Equal(dipId, (await DikAsync(id)).ReleasedToDipEntryId);
    }

    [Fact]
    public async Task An_expired_entry_may_be_released_by_the_ppid_utama()
    {
        var today = await app.TodayAsync();
        var id = await app.EntryAsync("DINKES", "Data stok darah kedaluwarsa", today.AddDays(-3), "17c");
        var utama = await app.SignedInAsync("utama@ppid.demo");
        Assert.Contains("kedaluwarsa", await utama.GetStringAsync($"/Dip/DariDik/{id}"));
        var response = await AppFactory.PostFormAsync(utama, $"/Dip/DariDik/{id}", ReleaseFields("Data stok darah 2025", "Jangka waktu pengecualian berakhir."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DikStatus.Released, (await DikAsync(id)).Status);
    }

    /// <summary>
    /// January 2026 at BAPPEDA: entries A (17h, no end), B (17h, ends in December), C (17b, ended 15 January) and D
    /// (released). Refusals: three citing A, one with the bare basis 17h (imported), one citing C (decided 10 January,
    /// while it was in force), one citing A decided in February, and a partial grant citing A. The table shows 2 in
    /// force (C expired before the report's day, D released), and 4 refusals citing a DIK entry: 17h 3, 17b 1.
    /// </summary>
    [Fact]
    public async Task The_service_report_counts_entries_in_force_and_refusals_citing_an_entry_per_basis()
    {
        int a = 0;
        await ReportDataAsync(async (db, data) =>
        {
            a = await DikExpiryData.EntryAsync(db, "BAPPEDA", "Kajian strategis A", null, "17h");
            await DikExpiryData.EntryAsync(db, "BAPPEDA", "Kajian B", new DateOnly(2026, 12, 31), "17h");
            var c = await DikExpiryData.EntryAsync(db, "BAPPEDA", "Dokumen C", new DateOnly(2026, 1, 15), "17b");
            await DikExpiryData.EntryAsync(db, "BAPPEDA", "Dokumen D", null, "17h", released: true);
            var unit = await db.Units.SingleAsync(u => u.Code == "BAPPEDA");
            for (var i = 0; i < 3; i++)
                data.Request(unit, "2026-01-05", notice: "2026-01-08", decision: Decision.RejectedExempt, basis: "17h").DikEntryId = a;
            data.Request(unit, "2026-01-05", notice: "2026-01-08", decision: Decision.RejectedExempt, basis: "17h"); // bare basis
            data.Request(unit, "2026-01-06", notice: "2026-01-10", decision: Decision.RejectedExempt, basis: "17b").DikEntryId = c;
            data.Request(unit, "2026-01-26", notice: "2026-02-03", decision: Decision.RejectedExempt, basis: "17h").DikEntryId = a; // decided after the period
            data.Request(unit, "2026-01-07", notice: "2026-01-09", decision: Decision.GrantedPartial).DikEntryId = a;
        });

        var tallies = await app.WithDbAsync(async db =>
        {
            var path = await db.Units.Where(u => u.Code == "BAPPEDA").Select(u => u.Path).SingleAsync();
            return await DikTallies.CountAsync(db, path, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 31), CancellationToken.None);
        });
        var row = Assert.Single(tallies);
        Assert.Equal("BAPPEDA", row.UnitCode);
        Assert.Equal(2, row.InForce);
        Assert.Equal(4, row.CitedTotal);
        Assert.Equal(3, row.Of("17h"));
        Assert.Equal(1, row.Of("17b"));
        Assert.Equal(0, row.Of("17a"));

        // The report's own exemption figures are unchanged: the bare refusal counts there (17h 4, 17b 1).
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var json = await utama.GetStringAsync("/Reports?handler=Download&format=json&periode=custom&dari=2026-01-01&sampai=2026-01-31&unit=BAPPEDA");
        Assert.Contains("\"17h\":4", json.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("\"17b\":1", json.Replace(" ", "", StringComparison.Ordinal));

        var html = await utama.GetStringAsync("/Reports/Service?dari=2026-01-01&sampai=2026-01-31&unit=BAPPEDA");
        Assert.Contains("id=\"report-dik-table\"", html);
        Assert.Matches(@"<th>Pasal 17b</th>\s*<th>Pasal 17h</th>", html);
        Assert.Matches(@"<td>Badan Perencanaan Pembangunan Daerah</td><td>2</td><td>4</td>\s*<td>1</td>\s*<td>3</td>", html);
    }

    private async Task ReportDataAsync(Func<AppDbContext, ReportData, Task> build)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync();
        await build(db, new ReportData(db, calendar));
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("/Dip/Details/(\\d+)")]
    private static partial Regex DetailsId();
}

public sealed class DikExpiryTestsSqlite(SqliteApp app) : DikExpiryTests<SqliteApp>(app);

public sealed class DikExpiryTestsPostgres(PostgresApp app) : DikExpiryTests<PostgresApp>(app);
