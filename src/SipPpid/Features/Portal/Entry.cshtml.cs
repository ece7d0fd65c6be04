using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Features.Portal;

/// <summary>/Informasi/{id}: one published entry with every DIP column, its documents and public history; 404 otherwise.</summary>
public sealed class EntryModel(AppDbContext db, BodyClock clock) : PageModel
{
    public sealed record Shown(int Id, string UnitCode, string UnitName, int Number, DipCategory Category, string Title, string Summary,
        string Holder, string Responsible, string ProducedTime, string ProducedPlace, DipFormat Format, string Retention, string? Url,
        DateOnly? PublishedDate, DateOnly? UpdatedDate, DateOnly? ShowFrom, DateOnly? ShowUntil);

    public sealed record Document(int Id, DipDocumentKind Kind, string FileName, string ContentType, long Size, long DownloadCount);

    public sealed record HistoryStep(DipEventKind Kind, DateOnly Date);

    /// <summary>What the public history shows: publishing and content changes (never who, never internal reasons).</summary>
    private static readonly DipEventKind[] PublicSteps =
        [DipEventKind.Published, DipEventKind.Republished, DipEventKind.Updated, DipEventKind.DocumentAdded, DipEventKind.DocumentRemoved, DipEventKind.Imported];

    public Shown Entry { get; private set; } = null!;
    public IReadOnlyList<Document> Documents { get; private set; } = [];
    public IReadOnlyList<HistoryStep> History { get; private set; } = [];
    public bool OnlyOnRequest { get; private set; }
    public bool Running { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var entry = db.Published().Where(e => e.Id == id);
        var shown = await entry.Select(e => new Shown(e.Id, e.Unit!.Code, e.Unit.Name, e.Number, e.Category, e.Title, e.Summary, e.Holder,
            e.Responsible, e.ProducedTime, e.ProducedPlace, e.Format, e.Retention, e.Url, e.PublishedDate, e.UpdatedDate, e.ShowFrom, e.ShowUntil))
            .FirstOrDefaultAsync(ct);
        if (shown is null) return NotFound();
        Entry = shown;
        Documents = await db.DipDocuments.AsNoTracking().Where(d => d.EntryId == id).OrderBy(d => d.Kind).ThenBy(d => d.Id)
            .Select(d => new Document(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.DownloadCount)).ToListAsync(ct);
        History = await db.DipEntryEvents.AsNoTracking().Where(e => e.EntryId == id && PublicSteps.Contains(e.Kind)).OrderBy(e => e.Id)
            .Select(e => new HistoryStep(e.Kind, e.Date)).ToListAsync(ct);
        OnlyOnRequest = await entry.AnyAsync(DipRules.OnlyOnRequest, ct);
        Running = await entry.AnyAsync(DipRules.Running(clock.Today), ct);
        return Page();
    }

    /// <summary>The request form, prefilled with what to ask for and from whom.</summary>
    public string RequestLink =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Permohonan/Ajukan", new Dictionary<string, string?>
        {
            ["informasi"] = $"{Entry.Title} (Daftar Informasi Publik {Entry.UnitName}, nomor {Entry.Number})",
            ["unit"] = Entry.UnitCode,
        });

    /// <summary>A short name of a file type for people ("PDF", "Gambar PNG", ...).</summary>
    public static string TypeName(string contentType) => contentType switch
    {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPEG",
        "image/png" => "PNG",
        "text/csv" => "CSV",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "XLSX",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "PPTX",
        "audio/mpeg" => "MP3",
        _ => contentType,
    };

    public static string StepName(DipEventKind kind) => kind switch
    {
        DipEventKind.Published or DipEventKind.Imported => "Diterbitkan",
        DipEventKind.Republished => "Diterbitkan kembali",
        DipEventKind.DocumentAdded => "Dokumen ditambahkan",
        DipEventKind.DocumentRemoved => "Dokumen dihapus",
        _ => "Dimutakhirkan",
    };
}
