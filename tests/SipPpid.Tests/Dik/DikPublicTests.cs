using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;
using SipPpid.Tests.Support;
using static SipPpid.Tests.Dik.DikFiles;

namespace SipPpid.Tests.Dik;

/// <summary>
/// The public DIK: GET /api/v1/dik in the contract's shape with the entries in force today only (one ending today is,
/// an expired or released one is not), of a unit's subtree; /Informasi/Dikecualikan lists the same to anyone, with the
/// worksheet only where it was made public, and the public menu links it.
/// </summary>
public abstract class DikPublicTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        if (!await app.WithDbAsync(db => db.Units.AnyAsync())) await app.SeedDemoAsync();
        _today = app.Services.GetRequiredService<BodyClock>().Today;
        if (await app.WithDbAsync(db => db.DikEntries.AnyAsync(e => e.Information.StartsWith("Pub ")))) return;
        var decreed = _today.AddDays(-300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var result = await app.ImportDikAsync(Csv(
            Row("DINKES", "Pub rekam medis", "188.4/501/DINKES/2026", decreed: decreed),
            Row("DINKES", "Pub ending today", "188.4/502/DINKES/2026", basis: "17b", end: "2099-01-01", decreed: decreed),
            Row("DINKES", "Pub expired", "188.4/503/DINKES/2026", basis: "17a", end: "2099-01-01", decreed: decreed),
            Row("DINKES", "Pub released", "188.4/504/DINKES/2026", decreed: decreed),
            Row("BIRO-PBJ", "Pub evaluasi tender", "188.4/501/PBJ/2026", basis: "17b", end: "2099-12-31", decreed: decreed, scope: "partial")));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await app.WithDbAsync(async db =>
        {
            await db.DikEntries.Where(e => e.Information == "Pub ending today").ExecuteUpdateAsync(s => s.SetProperty(e => e.PeriodEnd, _today));
            await db.DikEntries.Where(e => e.Information == "Pub expired").ExecuteUpdateAsync(s => s.SetProperty(e => e.PeriodEnd, _today.AddDays(-1)));
            await db.DikEntries.Where(e => e.Information == "Pub released").ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, DikStatus.Released));
            await db.DikEntries.Where(e => e.Information == "Pub evaluasi tender").ExecuteUpdateAsync(s => s.SetProperty(e => e.WorksheetPublic, true)
                .SetProperty(e => e.Consequence, "Konsekuensi tender terbuka").SetProperty(e => e.TestTeam, "Tim uji PBJ"));
            await db.DikEntries.Where(e => e.Information == "Pub rekam medis").ExecuteUpdateAsync(s => s.SetProperty(e => e.Consequence, "Konsekuensi rahasia staf"));
            return 0;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_api_lists_the_entries_in_force_today_in_the_contracts_shape()
    {
        var json = await GetJsonAsync(app.Client(), "/api/v1/dik");
        Assert.Equal(["total", "items"], json.EnumerateObject().Select(p => p.Name));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, json.GetProperty("total").GetInt32());
        var names = items.Select(i => i.GetProperty("information").GetString()).ToList();
        Assert.Contains("Pub rekam medis", names);
        Assert.Contains("Pub ending today", names);
        Assert.Contains("Pub evaluasi tender", names);
        Assert.DoesNotContain("Pub expired", names);
        Assert.DoesNotContain("Pub released", names);

        var tender = items.Single(i => i.GetProperty("information").GetString() == "Pub evaluasi tender");
        Assert.Equal(["unitCode", "information", "basis", "legalReference", "scope", "periodEnd", "decreeNumber", "decreeDate"],
            tender.EnumerateObject().Select(p => p.Name));
        Assert.Equal("BIRO-PBJ", tender.GetProperty("unitCode").GetString());
        Assert.Equal("17b", tender.GetProperty("basis").GetString());
        Assert.Equal("partial", tender.GetProperty("scope").GetString());
        Assert.Equal("2099-12-31", tender.GetProperty("periodEnd").GetString());
        Assert.Equal("188.4/501/PBJ/2026", tender.GetProperty("decreeNumber").GetString());
        Assert.Equal(_today.AddDays(-300).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tender.GetProperty("decreeDate").GetString());
        var medical = items.Single(i => i.GetProperty("information").GetString() == "Pub rekam medis");
        Assert.Equal(JsonValueKind.Null, medical.GetProperty("periodEnd").ValueKind);

        // A unit's subtree: SETDA holds BIRO-PBJ, not DINKES.
        var setda = await GetJsonAsync(app.Client(), "/api/v1/dik?unit=SETDA");
        var setdaNames = setda.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("information").GetString()).ToList();
        Assert.Contains("Pub evaluasi tender", setdaNames);
        Assert.DoesNotContain("Pub rekam medis", setdaNames);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client().GetAsync("/api/v1/dik?unit=NOPE")).StatusCode);

        var openApi = await app.Client().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/dik", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_list_shows_the_entries_in_force_and_the_worksheet_only_where_it_is_public()
    {
        var client = app.Client();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Informasi/Dikecualikan"));
        Assert.Contains("Pub rekam medis", html, StringComparison.Ordinal);
        Assert.Contains("Pub ending today", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pub expired", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pub released", html, StringComparison.Ordinal);
        Assert.Contains("188.4/501/PBJ/2026", html, StringComparison.Ordinal);
        Assert.Contains("Konsekuensi tender terbuka", html, StringComparison.Ordinal);
        Assert.Contains("Tim uji PBJ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Konsekuensi rahasia staf", html, StringComparison.Ordinal);
        Assert.Contains("id=\"dik-explanation\"", html, StringComparison.Ordinal);

        var filtered = WebUtility.HtmlDecode(await client.GetStringAsync("/Informasi/Dikecualikan?unit=DINKES&dasar=17b"));
        Assert.Contains("Pub ending today", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("Pub rekam medis", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("Pub evaluasi tender", filtered, StringComparison.Ordinal);

        var home = await client.GetStringAsync("/");
        Assert.Contains("href=\"/Informasi/Dikecualikan\"", home, StringComparison.Ordinal);
    }
}

public sealed class SqliteDikPublicTests(SqliteApp app) : DikPublicTests<SqliteApp>(app);

public sealed class PostgresDikPublicTests(PostgresApp app) : DikPublicTests<PostgresApp>(app);
