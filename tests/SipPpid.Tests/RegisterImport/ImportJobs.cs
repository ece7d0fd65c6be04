using Microsoft.EntityFrameworkCore;
using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.RegisterImport;

/// <summary>Register import jobs put straight into the database, as another instance would have left them.</summary>
public static class ImportJobs
{
    /// <summary>
    /// A job of <paramref name="email"/>'s upload: queued when <paramref name="lease"/> is null, else running on a
    /// vanished instance ("instance-lain") at <paramref name="done"/> of <paramref name="total"/> rows written, its
    /// lease running out after <paramref name="lease"/>.
    /// </summary>
    public static async Task<Guid> AddAsync(AppFactory app, string email, string fileName, string csv,
        TimeSpan? lease = null, long done = 0, long total = 0)
    {
        ArgumentNullException.ThrowIfNull(app);
        var uploader = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var content = System.Text.Encoding.UTF8.GetBytes(csv);
        var now = DateTime.UtcNow;
        var job = new RegisterImportJob
        {
            Id = Guid.NewGuid(),
            CreatedByUserId = uploader,
            CreatedByName = email,
            FileName = fileName,
            Content = content,
            FileSize = content.Length,
            CreatedAtUtc = now,
        };
        if (lease is { } running)
        {
            (job.State, job.Phase, job.Done, job.Total, job.Attempts) = (RegisterImportState.Running, RegisterImportPhase.Writing, done, total, 1);
            (job.Runner, job.StartedAtUtc, job.LeaseUntilUtc) = ("instance-lain", now, now + running);
        }

        await app.WithDbAsync(async db =>
        {
            db.RegisterImportJobs.Add(job);
            return await db.SaveChangesAsync();
        });
        return job.Id;
    }
}
