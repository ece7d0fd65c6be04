using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SipPpid.Data;
using SipPpid.Features.Dip;
using SipPpid.Infrastructure.Security;

namespace SipPpid.Features.Portal;

/// <summary>
/// /Informasi/Saran: the published entries that match what an applicant is typing on the request form ("informasi
/// ini mungkin sudah tersedia"), a partial that htmx swaps under the field. It only suggests: the form stays
/// submittable, and without JavaScript it is never asked. Rate-limited like the other public searches.
/// </summary>
[EnableRateLimiting(RateLimits.PublicReads)]
public sealed class SuggestionsModel(AppDbContext db) : PageModel
{
    public const int MaxShown = 5;

    /// <summary>Fewer letters than this suggest nothing (one short word would match half the list).</summary>
    public const int MinLetters = 4;

    public IReadOnlyList<PortalRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // htmx sends the field under its form name; "q" for anyone else.
        var text = Request.Query["Form.InformationRequested"].FirstOrDefault() ?? Request.Query["q"].FirstOrDefault();
        var words = DipSearch.Words(text);
        if (words.Sum(w => w.Length) < MinLetters) return;
        Rows = await FindAsync(text, ct);
        // A sentence rarely has all its words in one entry: try its longest words (the distinctive ones), one at a time.
        if (words.Count < 2) return;
        foreach (var word in words.Where(w => w.Length >= MinLetters).OrderByDescending(w => w.Length).Take(MaxRetries))
        {
            if (Rows.Count > 0) return;
            Rows = await FindAsync(word, ct);
        }
    }

    /// <summary>At most this many single-word searches after the whole text found nothing.</summary>
    public const int MaxRetries = 3;

    private Task<List<PortalRow>> FindAsync(string? q, CancellationToken ct) =>
        db.Find(new PortalFilter(q, null, null, null)).Take(MaxShown).ToRows().ToListAsync(ct);
}
