using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Features.ApiTokens;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.ApiTokens;

/// <summary>
/// API tokens on both databases: created on Pengaturan → Token API, used as a bearer on /api/*, acting with the
/// owner's current roles and unit scope exactly like the owner's cookie; revoked, expired, locked-out or deleted → 401.
/// </summary>
public abstract partial class ApiTokenTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private const string Report = "/api/v1/reports/service?from=2026-01-01&to=2026-01-31";

    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates a token through the page as <paramref name="email"/>; answers the secret shown once.</summary>
    private async Task<string> CreateTokenAsync(string email, string name, string? expiresOn = null)
    {
        var client = await app.SignedInAsync(email);
        var response = await AppFactory.PostFormAsync(client, "/ApiTokens", new() { ["Form.Name"] = name, ["Form.ExpiresOn"] = expiresOn ?? "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var secret = NewToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(secret.Success, "the new token is shown");
        return WebUtility.HtmlDecode(secret.Groups[1].Value);
    }

    private HttpClient Bearer(string secret)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private Task<ApiToken> TokenAsync(string name) => app.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == name));

    [Fact]
    public async Task A_PPID_Utama_token_reads_the_whole_body_like_the_cookie()
    {
        var secret = await CreateTokenAsync("utama@ppid.demo", "Portal Satu Data");
        var byToken = await Bearer(secret).GetAsync(Report);
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        var byCookie = await (await app.SignedInAsync("utama@ppid.demo")).GetStringAsync(Report);
        Assert.Equal(byCookie, await byToken.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(byCookie);
        Assert.Equal("PROV", json.RootElement.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task A_PPID_Pembantu_token_sees_its_own_subtree_only_as_its_cookie_does()
    {
        var secret = await CreateTokenAsync("setda@ppid.demo", "Dasbor Setda");
        var token = Bearer(secret);
        var cookie = await app.SignedInAsync("setda@ppid.demo");

        using (var own = JsonDocument.Parse(await token.GetStringAsync(Report)))
        {
            Assert.Equal("SETDA", own.RootElement.GetProperty("unit").GetString());
            var codes = own.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()!).ToList();
            Assert.All(codes, c => Assert.True(c == "SETDA" || c.StartsWith("BIRO-", StringComparison.Ordinal), c));
        }

        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync(Report + "&unit=BIRO-HUKUM")).StatusCode);
        foreach (var foreign in new[] { "DINKES", "PROV" })
        {
            var byToken = await token.GetAsync(Report + "&unit=" + foreign);
            Assert.Equal(HttpStatusCode.NotFound, byToken.StatusCode);
            Assert.Equal((await cookie.GetAsync(Report + "&unit=" + foreign)).StatusCode, byToken.StatusCode);
            Assert.Equal("application/problem+json", byToken.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_scope_follows_the_owners_current_unit()
    {
        var secret = await CreateTokenAsync("pupr@ppid.demo", "Rekap PUPR");
        var token = Bearer(secret);
        using (var before = JsonDocument.Parse(await token.GetStringAsync(Report)))
            Assert.Equal("DPUPR", before.RootElement.GetProperty("unit").GetString());

        await app.WithDbAsync(async db =>
        {
            var dinkes = await db.Units.Where(u => u.Code == "DINKES").Select(u => u.Id).SingleAsync();
            return await db.Users.Where(u => u.Email == "pupr@ppid.demo").ExecuteUpdateAsync(s => s.SetProperty(u => u.UnitId, dinkes));
        });
        using var after = JsonDocument.Parse(await token.GetStringAsync(Report));
        Assert.Equal("DINKES", after.RootElement.GetProperty("unit").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await token.GetAsync(Report + "&unit=DPUPR")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_answers_401_and_both_actions_are_audited()
    {
        var secret = await CreateTokenAsync("dinkes@ppid.demo", "Integrasi SIMRS");
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync(Report)).StatusCode);
        var token = await TokenAsync("Integrasi SIMRS");
        Assert.NotNull(token.LastUsedAtUtc);

        var owner = await app.SignedInAsync("dinkes@ppid.demo");
        var revoked = await AppFactory.PostFormAsync(owner, $"/ApiTokens?handler=Revoke&id={token.Id}", [], formPage: "/ApiTokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var refused = await Bearer(secret).GetAsync(Report);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject!.StartsWith("Integrasi SIMRS"))
            .Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Contains(actions, a => a is { Action: "apitoken.create", UserName: "dinkes@ppid.demo" });
        Assert.Contains(actions, a => a is { Action: "apitoken.revoke", UserName: "dinkes@ppid.demo" });
        Assert.Contains("Dicabut", await owner.GetStringAsync("/ApiTokens"));
    }

    [Fact]
    public async Task An_expired_token_answers_401_and_a_past_expiry_is_refused()
    {
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var secret = await CreateTokenAsync("utama@ppid.demo", "Sementara", tomorrow);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync(Report)).StatusCode);
        await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "Sementara")
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync(Report)).StatusCode);

        var client = await app.SignedInAsync("utama@ppid.demo");
        var past = await AppFactory.PostFormAsync(client, "/ApiTokens", new() { ["Form.Name"] = "Kemarin", ["Form.ExpiresOn"] = "2020-01-01" });
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Contains("Tanggal berlaku harus setelah hari ini.", await past.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.Name == "Kemarin")));
    }

    [Fact]
    public async Task A_locked_out_or_deleted_owner_s_token_answers_401()
    {
        var email = $"integrasi-{Guid.NewGuid():N}@ppid.demo";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Akun Integrasi", LockoutEnabled = true };
            Assert.True((await users.CreateAsync(user, Features.Demo.DemoProvince.Password)).Succeeded);
            await users.AddToRoleAsync(user, Infrastructure.Auth.Roles.PpidUtama);
        }

        var secret = await CreateTokenAsync(email, "Milik akun integrasi");
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync(Report)).StatusCode);

        await WithUserAsync(email, (users, u) => users.SetLockoutEndDateAsync(u, DateTimeOffset.MaxValue));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync(Report)).StatusCode);
        await WithUserAsync(email, (users, u) => users.SetLockoutEndDateAsync(u, null));
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync(Report)).StatusCode);

        await WithUserAsync(email, (users, u) => users.DeleteAsync(u));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync(Report)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.Name == "Milik akun integrasi")));
    }

    private async Task WithUserAsync(string email, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await change(users, (await users.FindByEmailAsync(email))!)).Succeeded);
    }

    [Fact]
    public async Task Only_the_hash_of_the_secret_is_stored()
    {
        var secret = await CreateTokenAsync("atasan@ppid.demo", "Hanya hash");
        Assert.Matches("^ppid_[A-Za-z0-9_-]{43}$", secret);
        var token = await TokenAsync("Hanya hash");
        Assert.Equal(ApiTokenSecret.Hash(secret), token.Hash);
        Assert.Equal(secret[..12], token.Prefix);
        var stored = await app.WithDbAsync(async db => string.Join("\n",
            (await db.ApiTokens.AsNoTracking().Select(t => t.Name + t.Prefix + t.Hash + t.RevokedBy).ToListAsync())
            .Concat(await db.AuditEntries.AsNoTracking().Select(a => a.Subject + a.Details).ToListAsync())));
        Assert.DoesNotContain(secret, stored);
        Assert.DoesNotContain(secret[12..], stored);
        if (app.Database.Provider == "sqlite")
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource;
            foreach (var f in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
                Assert.DoesNotContain(secret[12..], await reader.ReadToEndAsync());
            }
        }
    }

    [Fact]
    public async Task Bearer_tokens_never_open_pages()
    {
        var token = Bearer(await CreateTokenAsync("admin@ppid.demo", "Bukan untuk halaman"));
        foreach (var page in new[] { "/Requests", "/ApiTokens", "/Users" })
        {
            var response = await token.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
        }

        var malformed = app.Client();
        malformed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await malformed.GetAsync(Report)).StatusCode);
        // A bad token on a public endpoint changes nothing: it is public.
        Assert.Equal(HttpStatusCode.OK, (await malformed.GetAsync("/api/v1/calendar/working-day?date=2026-01-05")).StatusCode);
    }

    [Fact]
    public async Task Staff_see_and_revoke_their_own_tokens_and_the_admin_all()
    {
        await CreateTokenAsync("dinkes@ppid.demo", "Punya Dinkes");
        await CreateTokenAsync("setda@ppid.demo", "Punya Setda");
        var dinkesToken = await TokenAsync("Punya Dinkes");

        var setda = await app.SignedInAsync("setda@ppid.demo");
        var list = await setda.GetStringAsync("/ApiTokens");
        Assert.Contains("Punya Setda", list);
        Assert.DoesNotContain("Punya Dinkes", list);
        var foreign = await AppFactory.PostFormAsync(setda, $"/ApiTokens?handler=Revoke&id={dinkesToken.Id}", [], formPage: "/ApiTokens");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null((await TokenAsync("Punya Dinkes")).RevokedAtUtc);

        var admin = await app.SignedInAsync("admin@ppid.demo");
        var all = await admin.GetStringAsync("/ApiTokens");
        Assert.Contains("Punya Setda", all);
        Assert.Contains("Punya Dinkes", all);
        Assert.Contains("dinkes@ppid.demo", all);
        var byAdmin = await AppFactory.PostFormAsync(admin, $"/ApiTokens?handler=Revoke&id={dinkesToken.Id}", [], formPage: "/ApiTokens");
        Assert.Equal(HttpStatusCode.Redirect, byAdmin.StatusCode);
        Assert.Equal("admin@ppid.demo", (await TokenAsync("Punya Dinkes")).RevokedBy);
    }

    [GeneratedRegex("id=\"new-token-value\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex NewToken();
}

public sealed class ApiTokenTestsSqlite(SqliteApp app) : ApiTokenTests<SqliteApp>(app);

public sealed class ApiTokenTestsPostgres(PostgresApp app) : ApiTokenTests<PostgresApp>(app);
