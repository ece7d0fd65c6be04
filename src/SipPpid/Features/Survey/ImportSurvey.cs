using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Survey;

/// <summary>
/// <c>import survey FILE</c> and the upload page: paper or earlier survey results (<see cref="SurveyColumns"/>). The
/// whole file is checked first, all or nothing, every problem named by line and column. Responses are not idempotent
/// by content (two paper forms may be identical), so a file whose SHA-256 was imported before is refused. A row that
/// names a request rates it: the request must be of that unit, decided (<see cref="SurveyRules.CanRate"/>), not rated
/// yet and named once in the file. One transaction: a <see cref="SurveyImport"/>, its responses (Source Import) and
/// an audit entry; the unique indexes (file hash, one response per request) settle a race with another import or an
/// applicant's own answer.
/// </summary>
public sealed class ImportSurvey(AppDbContext db, BodyClock clock, IStringLocalizer<SharedResource> t)
{
    /// <summary>The responses added, or the problems.</summary>
    public sealed record Result(int Added, IReadOnlyList<ImportError> Errors, int? ImportId = null)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>
    /// Imports a file; <c>scope</c> is the units the uploader may import for (null from the command line: all),
    /// <c>user</c> who imports (null: the command line).
    /// </summary>
    public async Task<Result> RunAsync(Stream file, string fileName, TableFormat format, UnitScope? scope, ClaimsPrincipal? user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(fileName);
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        if (await AlreadyImportedAsync(sha256, ct) is { } refused) return new Result(0, [refused]);

        content.Position = 0;
        var table = TableFiles.Read(content, format, SurveyColumns.Required, SurveyColumns.Optional, SurveyColumns.HeaderNames);
        var fatal = table.Errors.Where(e => e.Line <= 1 || e.Column is "file" or "header").ToList();
        if (fatal.Count > 0) return new Result(0, fatal);
        if (table.Rows.Count == 0 && table.Malformed.Count == 0) return new Result(0, [new ImportError(0, "file", t["tidak berisi baris data"])]);

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Path })
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path), StringComparer.Ordinal, ct);
        var parser = new SurveyRowParser(units, scope is { IsAll: false } ? scope : null, clock.Today, t);
        var errors = new List<ImportError>(table.Errors);
        var rows = new List<SurveyImportRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (parser.Parse(row, errors) is { } r) rows.Add(r);
        }

        var requests = await CheckRequestsAsync(rows, errors, ct);
        if (errors.Count > 0) return new Result(0, [.. errors.OrderBy(e => e.Line).ThenBy(e => ColumnOrder(e.Column))]);
        return await WriteAsync(rows, requests, sha256, fileName, user, ct);
    }

    /// <summary>A line's problems in the file's column order (a row's own problems, such as a short row, last).</summary>
    private static int ColumnOrder(string column) =>
        SurveyColumns.All.Select(c => c.Name).ToList().IndexOf(column) is var i and >= 0 ? i : SurveyColumns.All.Count;

    private async Task<ImportError?> AlreadyImportedAsync(string sha256, CancellationToken ct)
    {
        var earlier = await db.SurveyImports.AsNoTracking().Where(i => i.Sha256 == sha256)
            .Select(i => new { i.ImportedAtUtc, i.FileName }).FirstOrDefaultAsync(ct);
        return earlier is null ? null
            : new ImportError(0, "file", t["file ini sudah pernah diimpor pada {0} ({1}); tidak ada yang diubah", clock.FormatInstant(earlier.ImportedAtUtc), earlier.FileName]);
    }

    /// <summary>
    /// The requests the rows rate, by line: each must exist in the row's unit, be decided, not be rated already, and
    /// appear once in the file. One query for the requests, one for their responses.
    /// </summary>
    private async Task<Dictionary<int, int>> CheckRequestsAsync(List<SurveyImportRow> rows, List<ImportError> errors, CancellationToken ct)
    {
        var byLine = new Dictionary<int, int>();
        var named = rows.Where(r => r.RegistrationNumber is not null).ToList();
        if (named.Count == 0) return byLine;
        var numbers = named.Select(r => r.RegistrationNumber!).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Requests.AsNoTracking().Where(r => EF.Parameter(numbers).Contains(r.RegistrationNumber)).ToListAsync(ct);
        var ids = found.Select(r => r.Id).ToList();
        var rated = (await db.SurveyResponses.AsNoTracking().Where(s => s.RequestId != null && EF.Parameter(ids).Contains(s.RequestId.Value))
            .Select(s => s.RequestId!.Value).ToListAsync(ct)).ToHashSet();
        var byNumber = found.ToLookup(r => r.RegistrationNumber, StringComparer.Ordinal);
        var firstLine = new Dictionary<int, int>();
        var column = SurveyColumns.RegistrationNumber.Name;
        foreach (var row in named)
        {
            var number = row.RegistrationNumber!;
            var candidates = byNumber[number].ToList();
            var own = candidates.Where(r => r.UnitId == row.UnitId).ToList();
            if (candidates.Count == 0) errors.Add(new ImportError(row.Line, column, t["permohonan {0} tidak ada", number]));
            else if (own.Count == 0) errors.Add(new ImportError(row.Line, column, t["permohonan {0} bukan permohonan unit {1}", number, row.UnitCode]));
            else if (own.Count > 1) errors.Add(new ImportError(row.Line, column, t["nomor {0} dipakai beberapa permohonan unit {1}", number, row.UnitCode]));
            else if (!SurveyRules.CanRate(own[0])) errors.Add(new ImportError(row.Line, column, t["permohonan {0} belum diputus (belum ada surat pemberitahuan tertulis)", number]));
            else if (rated.Contains(own[0].Id)) errors.Add(new ImportError(row.Line, column, t["permohonan {0} sudah dinilai", number]));
            else if (!firstLine.TryAdd(own[0].Id, row.Line))
                errors.Add(new ImportError(row.Line, column, t["permohonan {0} sudah dinilai pada baris {1}", number, firstLine[own[0].Id]]));
            else byLine[row.Line] = own[0].Id;
        }

        return byLine;
    }

    private async Task<Result> WriteAsync(List<SurveyImportRow> rows, Dictionary<int, int> requests, string sha256, string fileName, ClaimsPrincipal? user,
        CancellationToken ct)
    {
        var now = clock.UtcNow;
        var actor = user is null ? null : Actor.From(user);
        var name = Path.GetFileName(fileName);
        var import = new SurveyImport
        {
            Sha256 = sha256,
            FileName = name.Length > 260 ? name[..260] : name,
            Rows = rows.Count,
            ImportedAtUtc = now,
            ImportedByUserId = actor?.UserId,
            ImportedByName = actor?.Name ?? "system (command line)",
        };
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.SurveyImports.Add(import);
            await db.SaveChangesAsync(ct);
            // Tens of thousands of new rows: added in one go without change detection, inserted in batches by one save.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.SurveyResponses.AddRange(rows.Select(r =>
            {
                var response = r.Answers.ToResponse(r.UnitId, r.Date, now, SurveySource.Import);
                response.ImportId = import.Id;
                response.RequestId = requests.TryGetValue(r.Line, out var id) ? id : null;
                return response;
            }));
            db.Audit(user, "survey.import", $"{name}: {rows.Count} responses", new { import.Id, Sha256 = sha256, rows.Count });
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The file or a request was taken between the check and the insert (another upload, an applicant's answer).
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new Result(0, [await AlreadyImportedAsync(sha256, ct)
                ?? new ImportError(0, "file", t["sebuah permohonan dalam berkas baru saja dinilai; tidak ada yang diubah, impor ulang berkas"])]);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }

        return new Result(rows.Count, [], import.Id);
    }
}
