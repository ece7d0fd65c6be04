using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.DikDecisions;

/// <summary>
/// Refusals and partial grants cite a DIK entry (disclosure.md): an entry of the unit chain in force, or a consequence
/// test run with the decision; the notice, the tracking page and the objection page cite the decree; a dispute names
/// the entry at stake. Posted through the real forms with antiforgery.
/// </summary>
public abstract class DikDecisionTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly TodayDate => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Today => TodayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Refusal(string dik) => new()
    {
        ["Decision.NoticeDate"] = Today,
        ["Decision.Decision"] = "rejected_exempt",
        ["Decision.Reasons"] = "Informasi memuat rekam medis.",
        ["Decision.Dik"] = dik,
        ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
    };

    private Task<InformationRequest> ReloadAsync(int id) => app.WithDbAsync(db => db.Requests.AsNoTracking().SingleAsync(r => r.Id == id));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_refusal_citing_an_entry_takes_its_decree_and_basis_and_every_letter_and_page_cites_the_decree()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Andi Kutip"));
        var (entry, decree) = await app.EntryAsync("DINKES");
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var form = await dinkes.GetStringAsync(page);
        Assert.Contains($"value=\"{entry.Id}\"", form);
        Assert.Contains(decree.Number, form);

        var response = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", Refusal(Id(entry.Id)), page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decided = await ReloadAsync(request.Id);
        Assert.Equal(Decision.RejectedExempt, decided.Decision);
        Assert.Equal(entry.Id, decided.DikEntryId);
        Assert.Equal(decree.Id, decided.DikDecreeId);
        Assert.Equal("17h", decided.ExemptionBasis);

        var details = await dinkes.GetStringAsync(page);
        Assert.Contains($"href=\"/Dik/Details/{entry.Id}\"", details);
        Assert.Contains($"href=\"/Dik/Surat/{decree.Id}\"", details);
        var letter = await dinkes.GetStringAsync($"/Requests/Letter/{request.Id}/penolakan");
        Assert.Contains($"Surat Penetapan Klasifikasi Nomor {decree.Number}", letter);
        Assert.Contains("Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008", letter);
        Assert.Contains("rahasia pribadinya", letter);
        Assert.Contains("sampai dengan tanggal", letter);
        Assert.Contains($"Surat Penetapan Klasifikasi Nomor {decree.Number}", await dinkes.GetStringAsync($"/Requests/Letter/{request.Id}/pemberitahuan"));

        // The applicant: the tracking page and the objection page show the decree, not the staff-only worksheet.
        var applicant = app.Client();
        var query = $"nomor={Uri.EscapeDataString(request.RegistrationNumber)}&kode={request.TrackingCode}";
        var tracking = await applicant.GetStringAsync($"/Lacak?{query}");
        Assert.Contains("id=\"dik-citation\"", tracking);
        Assert.Contains(decree.Number, tracking);
        Assert.DoesNotContain("Perlindungan rahasia pribadi pasien lebih besar", tracking);
        var objection = await applicant.GetStringAsync($"/Keberatan/Ajukan?{query}");
        Assert.Contains(decree.Number, objection);
        Assert.Contains($"Surat Penetapan Klasifikasi Nomor {decree.Number}", await applicant.GetStringAsync($"/Lacak/Surat?{query}&jenis=penolakan"));
    }

    [Fact]
    public async Task A_refusal_running_the_test_inline_creates_the_entry_and_decree_with_the_decision()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Budi Uji Langsung"));
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var number = "SPK/INLINE/" + Guid.NewGuid().ToString("N")[..8];
        var fields = Refusal("new");
        var sheet = DikArrange.Worksheet(TodayDate, "Data pasien program rujukan", number);
        void Put(string name, object? value)
        {
            if (value is not null) fields["Dik." + name] = Convert.ToString(value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value, CultureInfo.InvariantCulture)!;
        }

        foreach (var p in typeof(SipPpid.Features.Dik.DikForm).GetProperties().Where(p => p.Name != "UnitId")) Put(p.Name, p.GetValue(sheet));

        // The worksheet's own errors are shown on its fields, the typed text is kept, nothing is saved.
        var wrong = new Dictionary<string, string>(fields) { ["Dik.Consequence"] = "", ["Dik.PeriodEnd"] = "" };
        var refused = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", wrong, page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Tuliskan konsekuensi (kerugian) bila informasi dibuka.", html);
        Assert.Contains("Tanpa batas waktu: tuliskan alasannya.", html);
        Assert.Contains("Data pasien program rujukan", html);
        Assert.Contains(number, html);
        Assert.Null((await ReloadAsync(request.Id)).Decision);
        Assert.False(await app.WithDbAsync(db => db.DikDecrees.AnyAsync(d => d.Number == number)));

        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", fields, page)).StatusCode);
        var decided = await ReloadAsync(request.Id);
        var entry = await app.WithDbAsync(db => db.DikEntries.AsNoTracking().Include(e => e.Decrees).SingleAsync(e => e.Id == decided.DikEntryId));
        Assert.Equal(request.Id, entry.SourceRequestId);
        Assert.Equal("Data pasien program rujukan", entry.Information);
        Assert.Equal(number, Assert.Single(entry.Decrees).Number);
        Assert.Equal(entry.Decrees[0].Id, decided.DikDecreeId);
        Assert.Equal("17h", decided.ExemptionBasis);
        Assert.Contains(number, await dinkes.GetStringAsync($"/Requests/Letter/{request.Id}/penolakan"));
    }

    [Fact]
    public async Task A_refusal_without_a_citation_or_citing_an_expired_released_or_foreign_entry_is_refused_and_nothing_is_saved()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Citra Tanpa Kutipan"));
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var (expired, _) = await app.EntryAsync("DINKES", f =>
        {
            f.DecreeDate = TodayDate.AddYears(-2);
            f.HeadAgreedOn = TodayDate.AddYears(-2);
            f.PeriodEnd = TodayDate.AddDays(-1);
        });
        var (released, _) = await app.EntryAsync("DINKES");
        await app.WithDbAsync(async db =>
        {
            var e = await db.DikEntries.SingleAsync(x => x.Id == released.Id);
            e.Status = DikStatus.Released;
            e.ReleasedOn = TodayDate;
            return await db.SaveChangesAsync();
        });
        var (foreign, _) = await app.EntryAsync("DPUPR");

        async Task Refused(string dik, string message)
        {
            var response = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", Refusal(dik), page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
            var r = await ReloadAsync(request.Id);
            Assert.Null(r.Decision);
            Assert.Null(r.DikEntryId);
        }

        await Refused("", "wajib mengutip Daftar Informasi yang Dikecualikan");
        await Refused(Id(expired.Id), "Masa pengecualian entri DIK ini berakhir");
        await Refused(Id(released.Id), "sudah dibuka");
        await Refused(Id(foreign.Id), "bukan milik unit permohonan ini atau unit induknya");
        // Expired and foreign entries are not even offered.
        var form = await dinkes.GetStringAsync(page);
        Assert.DoesNotContain($"<option value=\"{expired.Id}\"", form);
        Assert.DoesNotContain($"<option value=\"{foreign.Id}\"", form);
    }

    [Fact]
    public async Task A_partial_grant_cites_an_entry_of_the_parent_unit_without_counting_as_a_refusal()
    {
        var request = await app.SubmitAsync(Support.Requests.Valid("DINKES", "Dewi Sebagian"));
        var (bodyWide, decree) = await app.EntryAsync("PROV", f => { f.Scope = "partial"; f.WithheldParts = "NIK dan alamat pasien"; });
        var page = $"/Requests/Details/{request.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        var fields = new Dictionary<string, string>
        {
            ["Decision.NoticeDate"] = Today,
            ["Decision.Decision"] = "granted_partial",
            ["Decision.Reasons"] = "Sebagian memuat data pribadi.",
            ["Decision.MaterialProvided"] = "Rekap kunjungan puskesmas",
            ["Decision.ProvidedFormat"] = "softcopy",
            ["Decision.ProvidedDelivery"] = "email",
            ["Decision.TimeNeeded"] = "Hari ini",
            ["Decision.BlackedOutParts"] = "NIK dan alamat pasien",
            ["Decision.SignerName"] = "dr. Siti Rahmawati, M.Kes.",
        };
        var missing = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", fields, page);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Null((await ReloadAsync(request.Id)).Decision);

        fields["Decision.Dik"] = Id(bodyWide.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Decide", fields, page)).StatusCode);
        var decided = await ReloadAsync(request.Id);
        Assert.Equal(Decision.GrantedPartial, decided.Decision);
        Assert.Equal(bodyWide.Id, decided.DikEntryId);
        Assert.Equal(decree.Id, decided.DikDecreeId);
        Assert.Null(decided.ExemptionBasis); // the report counts bases over refusals only
        var notice = await dinkes.GetStringAsync($"/Requests/Letter/{request.Id}/pemberitahuan");
        Assert.Contains($"Surat Penetapan Klasifikasi Nomor {decree.Number}", notice);
        Assert.Contains("NIK dan alamat pasien", notice);
    }

    [Fact]
    public async Task A_dispute_defaults_to_the_cited_entry_and_the_register_links_the_test()
    {
        var request = await app.RejectedAsync("DINKES", "Eko Sengketa");
        var entryId = (await ReloadAsync(request.Id)).DikEntryId!.Value;
        var decreeId = await app.WithDbAsync(db => db.DikDecrees.Where(d => d.EntryId == entryId).Select(d => d.Id).SingleAsync());
        var objection = await app.FiledAtDeskAsync(request, "a");
        await app.WithDbAsync(async db =>
        {
            var o = await db.Objections.SingleAsync(x => x.Id == objection.Id);
            o.Status = ObjectionStatus.Decided;
            o.Decision = ObjectionDecision.Rejected;
            o.DecisionDate = TodayDate;
            return await db.SaveChangesAsync();
        });
        var page = $"/Objections/Details/{objection.Id}";
        var dinkes = await app.SignedInAsync("dinkes@ppid.demo");
        Assert.Contains($"<option value=\"{entryId}\" selected=\"selected\"", await dinkes.GetStringAsync(page));
        var (other, _) = await app.EntryAsync("DPUPR");
        var foreign = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Dispute", new()
        {
            ["DisputeForm.CommissionNumber"] = "001/REG-PSI/I/2026",
            ["DisputeForm.RegisteredDate"] = Today,
            ["DisputeForm.DikEntryId"] = Id(other.Id),
        }, page);
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Disputes.AnyAsync(d => d.ObjectionId == objection.Id)));

        var registered = await AppFactory.PostFormAsync(dinkes, $"{page}?handler=Dispute", new()
        {
            ["DisputeForm.CommissionNumber"] = "001/REG-PSI/I/2026",
            ["DisputeForm.RegisteredDate"] = Today,
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(entryId, await app.WithDbAsync(db => db.Disputes.Where(d => d.ObjectionId == objection.Id).Select(d => d.DikEntryId).SingleAsync()));
        var panel = await dinkes.GetStringAsync(page);
        Assert.Contains($"href=\"/Dik/Surat/{decreeId}\"", panel);
        Assert.Contains($"href=\"/Dik/Details/{entryId}\"", panel);
        var register = await dinkes.GetStringAsync("/Objections/Disputes");
        Assert.Contains($"href=\"/Dik/Surat/{decreeId}\"", register);
    }
}

public sealed class DikDecisionTestsSqlite(SqliteApp app) : DikDecisionTests<SqliteApp>(app);

public sealed class DikDecisionTestsPostgres(PostgresApp app) : DikDecisionTests<PostgresApp>(app);
