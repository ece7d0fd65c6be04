using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Reports;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

/// <summary>
/// The staff list of information requested repeatedly: granted requests of the last twelve months with the same
/// key words, grouped, within the officer's unit scope.
/// </summary>
public abstract class RepeatedRequestsTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Utama = "utama@berulang.test", PembantuA = "a@berulang.test";

    public async Task InitializeAsync()
    {
        if (await app.WithDbAsync(db => db.Units.AnyAsync())) return;
        var today = app.Services.GetRequiredService<BodyClock>().Today;
        string Ago(int days) => today.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var unitA = await ReportData.WithAsync(app, async data =>
        {
            var root = data.Unit("PROV", null);
            var a = data.Unit("A", root);
            var b = data.Unit("B", root);
            await data.SaveAsync();
            void Ask(Unit unit, string text, int daysAgo, Decision decision, string number)
            {
                var r = data.Request(unit, Ago(daysAgo), notice: Ago(daysAgo - 3), decision: decision);
                r.InformationRequested = text;
                r.RegistrationNumber = number;
            }

            Ask(a, "Salinan laporan realisasi anggaran Dinas A tahun 2025", 40, Decision.GrantedFull, "A-REAL-1");
            Ask(a, "LAPORAN REALISASI ANGGARAN dinas A, 2024", 20, Decision.GrantedPartial, "A-REAL-2");
            Ask(b, "Mohon data laporan realisasi anggaran dinas", 10, Decision.GrantedFull, "B-REAL-1");
            Ask(b, "Laporan realisasi anggaran dinas B", 15, Decision.RejectedExempt, "B-REAL-REFUSED"); // not granted
            Ask(a, "Laporan realisasi anggaran dinas A 2023", 500, Decision.GrantedFull, "A-REAL-OLD");   // older than 12 months
            Ask(a, "Peta rawan banjir kota", 12, Decision.GrantedFull, "A-PETA-1");                      // asked once
            Ask(b, "Daftar penerima bantuan sosial", 30, Decision.GrantedFull, "B-BANSOS-1");
            Ask(b, "daftar penerima bantuan sosial 2026", 5, Decision.GrantedFull, "B-BANSOS-2");
            return a.Id;
        });
        await app.AccountAsync(Utama, Roles.PpidUtama);
        await app.AccountAsync(PembantuA, Roles.PpidPembantu, unitId: unitA);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_ppid_utama_sees_granted_requests_of_every_unit_grouped_by_what_they_asked()
    {
        var page = await (await app.SignedInAsync(Utama, TestAccounts.Password)).GetStringAsync("/Requests/Repeated");
        var groups = Groups(page);
        Assert.Equal(2, groups.Count);
        var realisasi = groups.Single(g => g.Contains("data-key=\"anggaran dinas laporan realisasi\"", StringComparison.Ordinal));
        Assert.Contains("3 permohonan", realisasi, StringComparison.Ordinal);
        Assert.Contains("A-REAL-1", realisasi, StringComparison.Ordinal);
        Assert.Contains("A-REAL-2", realisasi, StringComparison.Ordinal);
        Assert.Contains("B-REAL-1", realisasi, StringComparison.Ordinal);
        Assert.Contains("Unit A, Unit B", realisasi, StringComparison.Ordinal);
        Assert.DoesNotContain("B-REAL-REFUSED", page, StringComparison.Ordinal);
        Assert.DoesNotContain("A-REAL-OLD", page, StringComparison.Ordinal);
        Assert.DoesNotContain("A-PETA-1", page, StringComparison.Ordinal);
        // The latest request of the group is the one to publish from.
        var latest = await app.WithDbAsync(db => db.Requests.Where(r => r.RegistrationNumber == "B-REAL-1").Select(r => r.Id).SingleAsync());
        Assert.Contains($"href=\"/Dip/DariPermohonan/{latest}\"", realisasi, StringComparison.Ordinal);
        Assert.Contains("2 permohonan", groups.Single(g => g.Contains("B-BANSOS-1", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ppid_pembantu_sees_only_its_own_units_requests()
    {
        var page = await (await app.SignedInAsync(PembantuA, TestAccounts.Password)).GetStringAsync("/Requests/Repeated");
        var group = Assert.Single(Groups(page));
        Assert.Contains("2 permohonan", group, StringComparison.Ordinal);
        Assert.Contains("A-REAL-2", group, StringComparison.Ordinal);
        Assert.DoesNotContain("B-REAL-1", page, StringComparison.Ordinal);
        Assert.DoesNotContain("BANSOS", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Unit B", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_for_staff_only()
    {
        var response = await app.Client().GetAsync("/Requests/Repeated");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Groups(string page) =>
        page.Split("<li class=\"card mb-3 repeated-group\"", StringSplitOptions.None).Skip(1).ToList();
}

public sealed class RepeatedRequestsTestsSqlite(SqliteApp app) : RepeatedRequestsTests<SqliteApp>(app);

public sealed class RepeatedRequestsTestsPostgres(PostgresApp app) : RepeatedRequestsTests<PostgresApp>(app);
