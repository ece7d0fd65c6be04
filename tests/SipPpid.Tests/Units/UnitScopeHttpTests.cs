using System.Net;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Units;

/// <summary>
/// Unit scope proven over HTTP on the demo province: a PPID Pembantu officer of SETDA sees and edits SETDA
/// and its biros only; another agency's unit answers 404 and stays unchanged.
/// </summary>
public abstract class UnitScopeHttpTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> IdOf(string code) => app.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page()
    {
        var response = await app.Client().GetAsync("/Units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_pembantu_officer_lists_only_its_own_subtree()
    {
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var html = await setda.GetStringAsync("/Units");
        Assert.Contains(">SETDA<", html);
        Assert.Contains(">BIRO-HUKUM<", html);
        Assert.DoesNotContain(">DINKES<", html);
        Assert.DoesNotContain(">PROV<", html);
        var codes = System.Text.RegularExpressions.Regex.Matches(html, "href=\"/Units/Edit/\\d+\">([A-Z0-9_-]+)<").Select(m => m.Groups[1].Value).ToList();
        Assert.True(codes.Count >= 10, $"SETDA and its nine biros expected, got {string.Join(",", codes)}");
        Assert.All(codes, c => Assert.True(c == "SETDA" || c.StartsWith("BIRO-", StringComparison.Ordinal), c));
    }

    [Fact]
    public async Task PPID_Utama_lists_every_unit()
    {
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var html = await utama.GetStringAsync("/Units");
        Assert.Contains(">DINKES<", html);
        Assert.Contains(">BIRO-HUKUM<", html);
        Assert.Contains(">RSJD<", html);
    }

    [Fact]
    public async Task Another_agencys_unit_is_not_found_and_cannot_be_changed()
    {
        var dinkes = await IdOf("DINKES");
        var setda = await app.SignedInAsync("setda@ppid.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await setda.GetAsync($"/Units/Edit/{dinkes}")).StatusCode);

        // A POST built from a page the officer may open, aimed at the foreign unit.
        var ownId = await IdOf("SETDA");
        var response = await AppFactory.PostFormAsync(setda, $"/Units/Edit/{dinkes}",
            new() { ["Form.Phone"] = "0811111111", ["Form.OfficerName"] = "Penyusup" }, formPage: $"/Units/Edit/{ownId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var officer = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "DINKES").Select(u => u.OfficerName).SingleAsync());
        Assert.Equal("dr. Siti Rahmawati, M.Kes.", officer);
    }

    [Fact]
    public async Task A_pembantu_officer_edits_contacts_inside_its_subtree_but_not_the_structure()
    {
        var biro = await IdOf("BIRO-HUKUM");
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var response = await AppFactory.PostFormAsync(setda, $"/Units/Edit/{biro}", new()
        {
            ["Form.Name"] = "Nama Diganti",
            ["Form.ParentCode"] = "PROV",
            ["Form.Phone"] = "(0561) 736541",
            ["Form.OfficerName"] = "Rina Marlina, S.H.",
            ["Form.OfficerNip"] = "198802142010012003",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await app.WithDbAsync(db => db.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "BIRO-HUKUM"));
        Assert.Equal("(0561) 736541", unit.Phone);
        Assert.Equal("198802142010012003", unit.OfficerNip);
        Assert.Equal("Biro Hukum", unit.Name); // structure is the admin's
        Assert.Equal("SETDA", unit.Parent!.Code);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_a_message_and_keeps_what_was_typed()
    {
        var biro = await IdOf("BIRO-EKON");
        Task<string?> PhoneAsync() => app.WithDbAsync(db => db.Units.Where(u => u.Code == "BIRO-EKON").Select(u => u.Phone).SingleAsync());
        var before = await PhoneAsync();
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var response = await AppFactory.PostFormAsync(setda, $"/Units/Edit/{biro}", new()
        {
            ["Form.Phone"] = "0561-12345",
            ["Form.OfficerNip"] = "12345",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("NIP pejabat PPID terdiri atas 18 angka.", html);
        Assert.Contains("value=\"0561-12345\"", html);
        Assert.NotEqual("0561-12345", before);
        Assert.Equal(before, await PhoneAsync()); // nothing was saved
    }

    [Fact]
    public async Task Only_admins_manage_users_and_structure()
    {
        var setda = await app.SignedInAsync("setda@ppid.demo");
        var users = await setda.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Contains("/Account/AccessDenied", users.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await setda.GetAsync("/Units/Create")).StatusCode);

        var admin = await app.SignedInAsync("admin@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);
        var created = await AppFactory.PostFormAsync(admin, "/Units/Create", new()
        {
            ["Form.Code"] = "BIRO-BARU",
            ["Form.Name"] = "Biro Baru",
            ["Form.Kind"] = "Pembantu",
            ["Form.ParentCode"] = "SETDA",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "BIRO-BARU").Select(u => u.Path).SingleAsync());
        Assert.Equal("/PROV/SETDA/BIRO-BARU/", path);

        // The new biro is at once inside the SETDA officer's scope.
        Assert.Contains(">BIRO-BARU<", await setda.GetStringAsync("/Units"));
    }

    [Fact]
    public async Task The_atasan_ppid_reads_units_but_cannot_change_them()
    {
        var dinkes = await IdOf("DINKES");
        var atasan = await app.SignedInAsync("atasan@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, (await atasan.GetAsync($"/Units/Edit/{dinkes}")).StatusCode);
        var response = await AppFactory.PostFormAsync(atasan, $"/Units/Edit/{dinkes}", new() { ["Form.Phone"] = "0800" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
    }
}

public sealed class UnitScopeHttpTestsSqlite(SqliteApp app) : UnitScopeHttpTests<SqliteApp>(app);

public sealed class UnitScopeHttpTestsPostgres(PostgresApp app) : UnitScopeHttpTests<PostgresApp>(app);
