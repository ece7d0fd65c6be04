using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Cli;

/// <summary>
/// The move from SQLite to PostgreSQL: `copy-to postgres CONNECTION` of a demo year gives a database with the same
/// records, the same service report, working sign-in and a register that continues where SQLite's stopped.
/// </summary>
public sealed class CopyToTests : IDisposable
{
    private readonly TestDatabase _sqlite = TestDatabase.Create("sqlite");
    private readonly TestDatabase _postgres = TestDatabase.Create("postgres");

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
    }

    [Fact]
    public async Task A_demo_year_moves_to_postgres_with_the_same_report_sign_in_and_numbering()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync(_sqlite, "seed-demo", "--Demo:Enabled=true")).ExitCode);
        var copy = await Support.Cli.RunAsync(_sqlite, "copy-to", "postgres", _postgres.ConnectionString);
        Assert.True(copy.ExitCode == 0, copy.Err);
        Assert.Contains("every table's row count matches", copy.Out);
        Assert.Equal(await Fingerprint.OfAsync(_sqlite, instants: false), await Fingerprint.OfAsync(_postgres, instants: false));

        var year = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        string[] period = ["report", "service", "--from", year + "-01-01", "--to", year + "-12-31"];
        var before = await Support.Cli.RunAsync(_sqlite, period);
        var after = await Support.Cli.RunAsync(_postgres, period);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("\"received\"", after.Out);
        Assert.Equal(before.Out, after.Out);

        var again = await Support.Cli.RunAsync(_sqlite, "copy-to", "postgres", _postgres.ConnectionString);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not empty", again.Err);

        await using var source = new SecondInstance(_sqlite);
        await using var target = new SecondInstance(_postgres);
        var admin = await target.SignedInAsync("admin@ppid.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Requests")).StatusCode);

        // Both registers continue from the same counter: the copy issues the number SQLite would have issued next.
        var last = await target.WithDbAsync(db => db.NumberSequences
            .Where(s => s.UnitId == db.Units.Single(u => u.Code == "DISKOMINFO").Id && s.Kind == "request" && s.Year == DateTime.UtcNow.Year)
            .Select(s => s.Last).SingleAsync());
        var onCopy = await SubmitAsync(target);
        var onSource = await SubmitAsync(source);
        Assert.Equal(onSource, onCopy);
        Assert.Equal(last + 1, int.Parse(onCopy.Split('/')[0], CultureInfo.InvariantCulture));
        Assert.Equal(1, await target.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber == onCopy)));
        Assert.Equal(await target.WithDbAsync(db => db.Requests.MaxAsync(r => r.Id)),
            await target.WithDbAsync(db => db.Requests.Where(r => r.RegistrationNumber == onCopy).Select(r => r.Id).SingleAsync()));
    }

    private static async Task<string> SubmitAsync(AppFactory app)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/requests", new
        {
            unitCode = "DISKOMINFO",
            applicantType = "individual",
            applicantName = "Pemohon Setelah Pindah",
            applicantNik = "6171012304850003",
            applicantEmail = "pindah@example.org",
            applicantAddress = "Pontianak",
            informationRequested = "Data setelah pindah basis data",
            purpose = "Uji",
            obtainMethod = "view",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("registrationNumber").GetString()!;
    }
}
