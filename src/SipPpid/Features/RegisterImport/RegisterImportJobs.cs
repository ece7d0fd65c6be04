using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Features.RegisterImport;

/// <summary>Settings of the background register import (<c>RegisterImport</c> section).</summary>
public sealed class RegisterImportOptions
{
    /// <summary>How often an instance looks for queued imports (an upload wakes its own instance at once).</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>How long a running import is held without a sign of life before another instance takes it over.</summary>
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Finished imports (their result and rejects file) are kept this many days.</summary>
    public int KeepDays { get; set; } = 30;
}

/// <summary>Wakes this instance's import runner when a register is uploaded here.</summary>
public sealed class RegisterImportSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Dispose() => _signal.Dispose();

    public void Raise() => _signal.Release();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// The live progress of the imports running in this process. A SQLite import writes in one transaction that no
/// other connection can write beside, so its progress while writing is only here; PostgreSQL imports also store
/// it in their row, for every instance to read.
/// </summary>
public sealed class RegisterImportBoard
{
    private readonly ConcurrentDictionary<Guid, ImportProgress> _running = new();

    public void Track(Guid job, ImportProgress progress) => _running[job] = progress;

    public void Forget(Guid job) => _running.TryRemove(job, out _);

    public ImportProgress? Find(Guid job) => _running.GetValueOrDefault(job);
}

/// <summary>What the import pages show of a job: everything but the file and the rejects.</summary>
public sealed record RegisterImportView(
    Guid Id, string FileName, long FileSize, bool SkipInvalid, string CreatedByUserId, string CreatedByName, DateTime CreatedAtUtc,
    DateTime? FinishedAtUtc, RegisterImportState State, RegisterImportPhase Phase, long Done, long Total,
    int Added, int Skipped, int Rejected, int ErrorCount, string? ErrorsJson, string? Failure, bool HasRejects)
{
    public bool IsFinished => State is RegisterImportState.Succeeded or RegisterImportState.Refused or RegisterImportState.Failed;

    public int Percent => ImportProgress.Percent(IsFinished ? RegisterImportPhase.Done : Phase, Done, Total);

    public IReadOnlyList<ImportError> Errors =>
        ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<ImportError>>(ErrorsJson) ?? [];
}

/// <summary>Queues uploads and finds jobs for their viewers.</summary>
public sealed class RegisterImportJobs(AppDbContext db, RegisterImportSignal signal, RegisterImportBoard board, TimeProvider time)
{
    /// <summary>Problems kept with a job for the page (the rejects file has them all).</summary>
    public const int KeptErrors = 500;

    public async Task<Guid> QueueAsync(ClaimsPrincipal user, UnitScope scope, string fileName, byte[] content, bool skipInvalid, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        // The uploaded name is display text only (the rejects file is named from it, cleaned the same way).
        var name = FileNames.Display(fileName);
        var job = new RegisterImportJob
        {
            Id = Guid.NewGuid(),
            CreatedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            CreatedByName = user.Identity?.Name ?? "",
            ScopePath = scope.IsAll ? null : scope.PathPrefix,
            FileName = name.Length > RegisterImportJob.FileNameMaxLength ? name[..RegisterImportJob.FileNameMaxLength] : name,
            IsXlsx = ImportRegister.FormatOf(fileName) == ImportRegister.FileFormat.Xlsx,
            SkipInvalid = skipInvalid,
            FileSize = content.LongLength,
            Content = content,
            State = RegisterImportState.Queued,
            Phase = RegisterImportPhase.Waiting,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.RegisterImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        signal.Raise();
        return job.Id;
    }

    /// <summary>The job if <paramref name="user"/> may see it: its uploader, or a body-wide importer (Admin, PPID Utama).</summary>
    public async Task<RegisterImportView?> FindAsync(Guid id, ClaimsPrincipal user, UnitScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var view = await Visible(user, scope).Where(j => j.Id == id).Select(Projection).FirstOrDefaultAsync(ct);
        if (view is null || view.IsFinished || board.Find(id) is not { } live) return view;
        // Running here: the live figures are fresher than the row (on SQLite the row is not written while rows are).
        return view with { Phase = live.Phase, Done = live.Done, Total = live.Total };
    }

    /// <summary>The viewer's latest imports, newest first.</summary>
    public Task<List<RegisterImportView>> RecentAsync(ClaimsPrincipal user, UnitScope scope, int count, CancellationToken ct) =>
        Visible(user, scope).OrderByDescending(j => j.CreatedAtUtc).Take(count).Select(Projection).ToListAsync(ct);

    public async Task<(string FileName, byte[] Csv)?> RejectsAsync(Guid id, ClaimsPrincipal user, UnitScope scope, CancellationToken ct)
    {
        var job = await Visible(user, scope).Where(j => j.Id == id && j.RejectsCsv != null)
            .Select(j => new { j.FileName, j.RejectsCsv }).FirstOrDefaultAsync(ct);
        return job is null ? null : (Path.GetFileNameWithoutExtension(job.FileName) + "-ditolak.csv", job.RejectsCsv!);
    }

    private IQueryable<RegisterImportJob> Visible(ClaimsPrincipal user, UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var jobs = db.RegisterImportJobs.AsNoTracking();
        return scope.IsAll ? jobs : jobs.Where(j => j.CreatedByUserId == userId);
    }

    private static readonly System.Linq.Expressions.Expression<Func<RegisterImportJob, RegisterImportView>> Projection = j =>
        new RegisterImportView(j.Id, j.FileName, j.FileSize, j.SkipInvalid, j.CreatedByUserId, j.CreatedByName, j.CreatedAtUtc,
            j.FinishedAtUtc, j.State, j.Phase, j.Done, j.Total, j.Added, j.Skipped, j.Rejected, j.ErrorCount, j.ErrorsJson, j.Failure,
            j.RejectsCsv != null);

    /// <summary>Records an import's outcome on its (tracked) job; the file goes, the first problems and the rejects stay.</summary>
    public static void Record(RegisterImportJob job, ImportRegister.Result result, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(result);
        var problems = result.Succeeded
            ? result.Rejected.Select(r => new ImportError(r.Line, "", r.Reason)).ToList()
            : result.Errors.ToList();
        job.State = result.Succeeded ? RegisterImportState.Succeeded : RegisterImportState.Refused;
        job.Phase = RegisterImportPhase.Done;
        job.Added = result.Added;
        job.Skipped = result.Skipped;
        job.Rejected = result.Rejected.Count;
        job.ErrorCount = problems.Count;
        job.ErrorsJson = problems.Count == 0 ? null : JsonSerializer.Serialize(problems.Take(KeptErrors));
        job.RejectsCsv = result.Rejected.Count > 0 ? RegisterRejects.Csv(result.Columns, result.Rejected) : null;
        job.Content = null;
        job.FinishedAtUtc = nowUtc;
        job.LeaseUntilUtc = null;
    }
}
