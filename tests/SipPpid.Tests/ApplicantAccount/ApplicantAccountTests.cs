using System.Net;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.PublicRequests;
using SipPpid.Tests.Security;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.ApplicantAccount;

/// <summary>The optional applicant account lists the applicant's own requests and never opens staff pages.</summary>
public abstract class ApplicantAccountTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_applicant_registers_submits_signed_in_and_claims_an_older_request()
    {
        var older = await app.SubmitAsync(Support.Requests.Valid(name: "Dewi Lestari"));
        var someoneElses = await app.SubmitAsync(Support.Requests.Valid(name: "Orang Lain"));

        var client = app.Client();
        var registered = await AppFactory.PostFormAsync(client, "/Akun/Daftar", new()
        {
            ["Input.FullName"] = "Dewi Lestari",
            ["Input.Email"] = "dewi@example.org",
            ["Input.Password"] = "Sandi-Dewi-2026",
            ["Input.ConfirmPassword"] = "Sandi-Dewi-2026",
        });
        Assert.Contains("Periksa e-mail Anda", await registered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SignUps.ActivateAsync(app, client, "dewi@example.org")).StatusCode);
        Assert.Contains("belum ada permohonan", (await client.GetStringAsync("/Akun/Permohonan")).ToLowerInvariant());

        var form = await PublicForm.OpenAsync(client);
        var submitted = await PublicForm.PostAsync(client, form, PublicForm.Valid("Dewi Lestari"), PublicForm.Ktp);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var claim = await AppFactory.PostFormAsync(client, "/Akun/Permohonan?handler=Claim", new() { ["Number"] = older.RegistrationNumber, ["Code"] = older.TrackingCode }, "/Akun/Permohonan");
        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);
        var wrong = await AppFactory.PostFormAsync(client, "/Akun/Permohonan?handler=Claim", new() { ["Number"] = someoneElses.RegistrationNumber, ["Code"] = "SALAH12345" }, "/Akun/Permohonan");
        Assert.Contains("tidak cocok", await wrong.Content.ReadAsStringAsync());

        var mine = await client.GetStringAsync("/Akun/Permohonan");
        Assert.Contains(older.RegistrationNumber, mine);
        Assert.DoesNotContain(someoneElses.RegistrationNumber, mine);
        var count = await app.WithDbAsync(db => db.Requests.CountAsync(r => r.ApplicantUserId != null));
        Assert.Equal(2, count);

        // An applicant is not staff.
        var staffPage = await client.GetAsync("/Requests");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.Contains("AccessDenied", staffPage.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Staff_do_not_see_the_applicant_pages()
    {
        var utama = await app.SignedInAsync("utama@ppid.demo");
        var page = await utama.GetAsync("/Akun/Permohonan");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("AccessDenied", page.Headers.Location!.ToString());
    }
}

public sealed class ApplicantAccountTestsSqlite(SqliteApp app) : ApplicantAccountTests<SqliteApp>(app);

public sealed class ApplicantAccountTestsPostgres(PostgresApp app) : ApplicantAccountTests<PostgresApp>(app);
