using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Infrastructure.Email;
using SipPpid.Infrastructure.Jobs;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>Background jobs on two instances sharing a database: one lease per job, so one round at a time.</summary>
public abstract class JobLeaseTests<TApp>(TApp first) : IClassFixture<TApp> where TApp : AppFactory
{
    /// <summary>A job of an hour's interval whose round does whatever the test says, on one instance's services.</summary>
    private sealed class TestJob(AppFactory instance, string name, Func<Task> round)
        : PeriodicJob(instance.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new MailOptions()), NullLogger.Instance)
    {
        public override string Name => name;

        protected override TimeSpan Interval => TimeSpan.FromHours(1);

        protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) => round();
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Rounds_started_at_once_on_two_instances_run_exactly_once()
    {
        await using var second = new SecondInstance(first.Database);
        var runs = 0;
        // Six job objects per instance: each is its own holder, as on twelve servers.
        var jobs = Enumerable.Range(0, 12).Select(i => new TestJob(i % 2 == 0 ? first : second, "race", () =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        })).ToArray();

        var ran = await Task.WhenAll(jobs.Select(j => Task.Run(() => j.RunRoundAsync(CancellationToken.None))));

        Assert.Equal(1, ran.Count(r => r));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task While_one_instance_runs_a_round_the_other_stays_out()
    {
        await using var second = new SecondInstance(first.Database);
        var entered = new TaskCompletionSource();
        var gate = new TaskCompletionSource();
        var secondRan = false;
        var a = new TestJob(first, "long-round", async () =>
        {
            entered.SetResult();
            await gate.Task;
        });
        var b = new TestJob(second, "long-round", () =>
        {
            secondRan = true;
            return Task.CompletedTask;
        });

        var round = a.RunRoundAsync(CancellationToken.None);
        await entered.Task;
        Assert.False(await b.RunRoundAsync(CancellationToken.None));
        gate.SetResult();
        Assert.True(await round);

        // The finished round keeps the lease for the interval: the other instance's timer does not run it again.
        Assert.False(await b.RunRoundAsync(CancellationToken.None));
        Assert.False(secondRan);
    }

    [Fact]
    public async Task A_lease_is_renewed_by_its_holder_and_passes_to_another_instance_when_it_expires()
    {
        await using var second = new SecondInstance(first.Database);
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var scopeA = first.Services.CreateAsyncScope();
        await using var scopeB = second.Services.CreateAsyncScope();
        var a = new JobLeases(scopeA.ServiceProvider.GetRequiredService<AppDbContext>(), clock);
        var b = new JobLeases(scopeB.ServiceProvider.GetRequiredService<AppDbContext>(), clock);
        var lease = TimeSpan.FromMinutes(10);

        Assert.True(await a.TryAcquireAsync("expiry", "A", lease, CancellationToken.None));
        Assert.False(await b.TryAcquireAsync("expiry", "B", lease, CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(9);
        Assert.True(await a.TryAcquireAsync("expiry", "A", lease, CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(9);
        Assert.False(await b.TryAcquireAsync("expiry", "B", lease, CancellationToken.None));

        // A stops renewing (its instance died): once the lease runs out, B takes over and A is out.
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.True(await b.TryAcquireAsync("expiry", "B", lease, CancellationToken.None));
        Assert.False(await a.TryAcquireAsync("expiry", "A", lease, CancellationToken.None));
        await a.HoldUntilAsync("expiry", "A", clock.Now.UtcDateTime.AddHours(1), CancellationToken.None);
        var row = await first.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == "expiry"));
        Assert.Equal("B", row.Holder);
        Assert.Equal(clock.Now.UtcDateTime + lease, row.ExpiresAtUtc);
    }
}

public sealed class SqliteJobLeaseTests(SqliteApp app) : JobLeaseTests<SqliteApp>(app);

public sealed class PostgresJobLeaseTests(PostgresApp app) : JobLeaseTests<PostgresApp>(app);
