using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// Runs queued register imports, one at a time per instance. Any instance may run any job: it claims the job with
/// one conditional update (so of several instances one wins), keeps a lease on it while it runs, and a job whose
/// instance died is taken over when its lease runs out. The import itself is one transaction, so a job cut off
/// half-way has imported nothing and simply runs again; a job that failed three times is given up.
/// </summary>
public sealed partial class RegisterImportRunner(
    IServiceScopeFactory scopes, RegisterImportSignal signal, RegisterImportBoard board, IOptions<RegisterImportOptions> options,
    TimeProvider time, ILogger<RegisterImportRunner> log) : BackgroundService
{
    public const int MaxAttempts = 3;

    /// <summary>Why a job failed (keys of the shared resources: the page shows them in the reader's language).</summary>
    public const string GaveUp = "Impor berhenti tiga kali sebelum selesai dan tidak dicoba lagi; tidak ada yang diimpor.";

    public const string Unexpected = "Terjadi kesalahan tak terduga; tidak ada yang diimpor. Coba lagi atau hubungi admin.";

    // Unique per runner object, so two hosts in one process (tests) are two instances like two servers.
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }

                await ForgetOldAsync(stoppingToken);
                await signal.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRoundFailed(log, ex);
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), time, stoppingToken);
            }
        }
    }

    /// <summary>Claims and runs the oldest job waiting for a runner; false when there is none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = Now();
        var candidates = await Waiting(db, now).OrderBy(j => j.CreatedAtUtc).Select(j => j.Id).Take(5).ToListAsync(ct);
        foreach (var id in candidates)
        {
            if (!await TryClaimAsync(db, id, now, ct)) continue;
            await RunAsync(scope.ServiceProvider, id, ct);
            return true;
        }

        return false;
    }

    private static IQueryable<RegisterImportJob> Waiting(AppDbContext db, DateTime now) =>
        db.RegisterImportJobs.Where(j => j.State == RegisterImportState.Queued
                                         || (j.State == RegisterImportState.Running && j.LeaseUntilUtc < now));

    /// <summary>One statement decides between instances: PostgreSQL re-checks the condition on a row another just claimed.</summary>
    private async Task<bool> TryClaimAsync(AppDbContext db, Guid id, DateTime now, CancellationToken ct)
    {
        var until = now + Lease;
        return await Waiting(db, now).Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, RegisterImportState.Running)
            .SetProperty(j => j.Phase, RegisterImportPhase.Reading)
            .SetProperty(j => j.Done, 0)
            .SetProperty(j => j.Total, 0)
            .SetProperty(j => j.Runner, _holder)
            .SetProperty(j => j.LeaseUntilUtc, until)
            .SetProperty(j => j.StartedAtUtc, now)
            .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct) == 1;
    }

    private async Task RunAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var job = await db.RegisterImportJobs.SingleAsync(j => j.Id == id, ct);
        if (job.Attempts > MaxAttempts || job.Content is null)
        {
            await FailAsync(db, id, GaveUp);
            return;
        }

        var progress = new ImportProgress();
        board.Track(id, progress);
        using var stopLoop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var loop = KeepAliveAsync(id, progress, db.Database.IsSqlite(), stopLoop.Token);
        try
        {
            var scope = job.ScopePath is null ? UnitScope.All : UnitScope.Subtree(job.ScopePath);
            var import = services.GetRequiredService<ImportRegister>();
            using var file = new MemoryStream(job.Content, writable: false);
            var format = job.IsXlsx ? ImportRegister.FileFormat.Xlsx : ImportRegister.FileFormat.Csv;
            var result = await import.RunAsync(file, format, new ImportRegister.Options(
                job.SkipInvalid, scope.IsAll ? null : scope, Uploader(job), progress,
                Completing: r => RegisterImportJobs.Record(job, r, Now())), ct);
            // A refused file wrote nothing, so nothing committed the outcome with it (the job is still tracked).
            if (!result.Succeeded)
            {
                RegisterImportJobs.Record(job, result, Now());
                await db.SaveChangesAsync(ct);
            }

            LogImported(log, id, result.Added, result.Skipped, result.Rejected.Count, result.Errors.Count);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The instance is stopping: nothing was committed; let the next runner start over at once.
            await db.RegisterImportJobs.Where(j => j.Id == id && j.Runner == _holder)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, RegisterImportState.Queued)
                    .SetProperty(j => j.Phase, RegisterImportPhase.Waiting).SetProperty(j => j.Attempts, j => j.Attempts - 1), CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            LogImportFailed(log, ex, id);
            db.ChangeTracker.Clear();
            await FailAsync(db, id, Unexpected);
        }
        finally
        {
            await stopLoop.CancelAsync();
            await loop;
            board.Forget(id);
        }
    }

    private async Task FailAsync(AppDbContext db, Guid id, string why)
    {
        var now = Now();
        await db.RegisterImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, RegisterImportState.Failed)
            .SetProperty(j => j.Phase, RegisterImportPhase.Done)
            .SetProperty(j => j.Failure, why)
            .SetProperty(j => j.Content, (byte[]?)null)
            .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
            .SetProperty(j => j.FinishedAtUtc, now), CancellationToken.None);
    }

    /// <summary>
    /// Every second: stores the progress and renews the lease in a connection of its own. Not while a SQLite import
    /// writes: that connection would wait for the import's transaction (SQLite has one writer), and no other instance
    /// shares a SQLite file anyway.
    /// </summary>
    private async Task KeepAliveAsync(Guid id, ImportProgress progress, bool sqlite, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Min(1, options.Value.LeaseSeconds / 4)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (sqlite && progress.Phase == RegisterImportPhase.Writing) continue;
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var (phase, done, total, until) = (progress.Phase, progress.Done, progress.Total, Now() + Lease);
                await db.RegisterImportJobs.Where(j => j.Id == id && j.Runner == _holder && j.State == RegisterImportState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Phase, phase).SetProperty(j => j.Done, done)
                        .SetProperty(j => j.Total, total).SetProperty(j => j.LeaseUntilUtc, until), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Progress is a courtesy: the import goes on without it.
            LogProgressFailed(log, ex, id);
        }
    }

    /// <summary>Drops finished jobs older than <see cref="RegisterImportOptions.KeepDays"/>.</summary>
    private async Task ForgetOldAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = Now().AddDays(-options.Value.KeepDays);
        await db.RegisterImportJobs.Where(j => j.FinishedAtUtc < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>The uploader as the audit trail names them.</summary>
    private static ClaimsPrincipal Uploader(RegisterImportJob job) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, job.CreatedByUserId), new Claim(ClaimTypes.Name, job.CreatedByName)], "RegisterImportJob"));

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Register import {Job}: {Added} added, {Skipped} skipped, {Rejected} rejected, {Errors} errors")]
    private static partial void LogImported(ILogger logger, Guid job, int added, int skipped, int rejected, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Register import {Job} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception ex, Guid job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Register import {Job}: progress not stored")]
    private static partial void LogProgressFailed(ILogger logger, Exception ex, Guid job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Register import round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}
