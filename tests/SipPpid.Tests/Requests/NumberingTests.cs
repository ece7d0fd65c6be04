using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SipPpid.Features.Requests;
using SipPpid.Infrastructure.Numbering;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Requests;

public sealed class NumberFormatTests
{
    [Fact]
    public void The_default_format_gives_numbers_like_the_register_of_the_first_users()
    {
        Assert.Equal("0042/PPID-DISKOMINFO/XI/2026", Numbering.Format(Numbering.DefaultFormat, 42, "DISKOMINFO", new DateOnly(2026, 11, 23)));
        Assert.Equal("7/DINKES/2026-01", Numbering.Format("{seq}/{unit}/{year}-{mm}", 7, "DINKES", new DateOnly(2026, 1, 5)));
        Assert.Equal("12345/PPID-X/I/2027", Numbering.Format(Numbering.DefaultFormat, 12345, "X", new DateOnly(2027, 1, 1)));
    }
}

/// <summary>Parallel submissions get consecutive, unique numbers: none skipped, none duplicated.</summary>
public abstract class NumberingTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Forty_parallel_submissions_get_forty_consecutive_numbers()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => app.SubmitAsync(Support.Requests.Valid("DINKES", $"Pemohon {i}")))));
        var numbers = results.Select(r => r.RegistrationNumber).ToList();
        Assert.Equal(40, numbers.Distinct().Count());
        var sequences = numbers.Select(n => int.Parse(n.Split('/')[0], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 40), sequences);
        Assert.All(numbers, n => Assert.Contains("/PPID-DINKES/", n));
        var stored = await app.WithDbAsync(db => db.Requests.Where(r => r.UnitId == results[0].UnitId).CountAsync());
        Assert.Equal(40, stored);
    }

    [Fact]
    public async Task Simultaneous_retries_among_other_submissions_do_not_disturb_the_numbering()
    {
        // Registrations arriving together are committed as one group; two keys retried ten times each must end as
        // one request per key while the other submissions of those groups still get their own consecutive numbers.
        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var key = (i % 3) switch { 0 => "retry-a", 1 => "retry-b", _ => null };
            var result = await scope.ServiceProvider.GetRequiredService<RegisterRequest>()
                .SubmitAsync(Support.Requests.Valid("DPUPR", $"Pemohon {i % 3} {(i % 3 == 2 ? i : 0)}"), [], key, CancellationToken.None);
            return result.Request!;
        })));
        Assert.Equal(12, results.Select(r => r.Id).Distinct().Count());
        var sequences = results.DistinctBy(r => r.Id).Select(r => int.Parse(r.RegistrationNumber.Split('/')[0], CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, 12), sequences);
        Assert.Equal(12, await app.WithDbAsync(db => db.Requests.CountAsync(r => r.RegistrationNumber.Contains("/PPID-DPUPR/"))));
    }

    [Fact]
    public async Task Each_unit_and_year_has_its_own_sequence()
    {
        var a = await app.EnterAtDeskAsync(new DateOnly(2025, 12, 30), unit: "BAPPEDA");
        var b = await app.EnterAtDeskAsync(new DateOnly(2026, 1, 2), unit: "BAPPEDA");
        var c = await app.EnterAtDeskAsync(new DateOnly(2026, 1, 2), unit: "BPBD");
        Assert.Equal("0001/PPID-BAPPEDA/XII/2025", a.RegistrationNumber);
        Assert.Equal("0001/PPID-BAPPEDA/I/2026", b.RegistrationNumber);
        Assert.Equal("0001/PPID-BPBD/I/2026", c.RegistrationNumber);
        Assert.Equal(new DateOnly(2026, 1, 19), b.Deadline); // 2 Jan + 10 working days (no holiday until 16 Jan)
    }
}

public sealed class NumberingTestsSqlite(SqliteApp app) : NumberingTests<SqliteApp>(app);

public sealed class NumberingTestsPostgres(PostgresApp app) : NumberingTests<PostgresApp>(app);
