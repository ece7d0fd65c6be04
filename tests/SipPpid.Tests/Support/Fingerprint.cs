using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;

namespace SipPpid.Tests.Support;

/// <summary>
/// Row counts of the key tables and a SHA-256 of their key columns, to tell two databases' contents apart:
/// requests, events, users, files metadata, objections, disputes, number counters and the outbox.
/// </summary>
public static class Fingerprint
{
    /// <param name="database">The database to read.</param>
    /// <param name="instants">Include UTC instants (PostgreSQL keeps microseconds, SQLite 100 ns ticks: leave them out across providers).</param>
    public static async Task<string> OfAsync(TestDatabase database, bool instants = true)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = DatabaseSetup.CreateContext(database.Provider, database.ConnectionString);
        var text = new StringBuilder();
        var counts = new List<string>();
        async Task Add<T>(string name, IQueryable<T> rows)
        {
            var list = await rows.ToListAsync();
            counts.Add($"{name}={list.Count}");
            foreach (var row in list) text.AppendLine(CultureInfo.InvariantCulture, $"{name} {row}");
        }

        await Add("requests", db.Requests.AsNoTracking().OrderBy(r => r.Id).Select(r => new
        {
            r.Id,
            r.UnitId,
            r.RegistrationNumber,
            r.TrackingCode,
            r.ApplicantName,
            r.ApplicantNik,
            r.Status,
            r.ReceivedDate,
            r.Deadline,
            r.NoticeDate,
            r.Decision,
            r.ExtensionDate,
            r.WithdrawnDate,
            r.Fee,
            At = instants ? r.ReceivedAtUtc : default,
        }));
        await Add("events", db.RequestEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new
        {
            e.Id,
            e.RequestId,
            e.Kind,
            e.Date,
            e.ActorName,
            e.Note,
            e.ToUnitId,
            At = instants ? e.AtUtc : default,
        }));
        await Add("users", db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, u.PasswordHash, u.SecurityStamp, u.UnitId }));
        await Add("files", db.RequestFiles.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.RequestId, f.StorageKey, f.Sha256, f.Size }));
        await Add("objections", db.Objections.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.RequestId, o.ObjectionNumber, o.Grounds, o.Decision, o.DecisionDate }));
        await Add("disputes", db.Disputes.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.RequestId, d.CommissionNumber, d.Outcome }));
        await Add("counters", db.NumberSequences.AsNoTracking().OrderBy(s => s.UnitId).ThenBy(s => s.Year).ThenBy(s => s.Kind).Select(s => new { s.UnitId, s.Year, s.Kind, s.Last }));
        await Add("outbox", db.Outbox.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.To, m.Subject, m.RequestId }));
        return string.Join(' ', counts) + " sha256=" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Every file below <paramref name="root"/> with its content hash.</summary>
    public static string OfFolder(string root) =>
        !Directory.Exists(root) ? "(none)" : string.Join('\n', Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))))
            .Order(StringComparer.Ordinal));
}
