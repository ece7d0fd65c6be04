using System.Text;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Features.Dip;

/// <summary>
/// The DIP's full-text search, done by the database (<see cref="DipSearchIndex"/>): SQLite FTS5 (every word, as a
/// prefix, must occur), PostgreSQL <c>to_tsquery('indonesian', 'word:* &amp; …')</c> (the same, after Indonesian
/// stemming). The portal, the API and the request form's suggestions all filter through
/// <see cref="Matching"/>, so they find the same entries.
/// </summary>
public static class DipSearch
{
    /// <summary>At most this many words of a query are searched (a longer query is cut, not refused).</summary>
    public const int MaxWords = 12;

    /// <summary>
    /// The entries of <paramref name="source"/> that match <paramref name="query"/>; all of them when the query has no
    /// word. Composes into one SQL statement with the caller's other filters, order and paging.
    /// </summary>
    public static IQueryable<DipEntry> Matching(this IQueryable<DipEntry> source, AppDbContext db, string? query)
    {
        ArgumentNullException.ThrowIfNull(db);
        var words = Words(query);
        if (words.Count == 0) return source;
        if (db.Database.IsNpgsql())
        {
            var text = TsQuery(words);
            return source.Where(e => EF.Property<NpgsqlTsVector>(e, DipSearchIndex.VectorColumn)
                .Matches(EF.Functions.ToTsQuery(DipSearchIndex.Configuration, text)));
        }

        var fts = FtsQuery(words);
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"DipEntriesFts\" WHERE \"DipEntriesFts\" MATCH {fts}");
        return source.Where(e => ids.Contains(e.Id));
    }

    /// <summary>The query's words: letters and digits only (FTS5's and tsquery's operators never reach the database).</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(query)) return words;
        var word = new StringBuilder();
        foreach (var c in query.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0 && words.Count < MaxWords) words.Add(word.ToString());
            word.Clear();
        }

        return words;
    }

    /// <summary>Every word as a quoted prefix term ("angg"* finds "anggaran"), all required.</summary>
    public static string FtsQuery(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => "\"" + w + "\"*"));

    /// <summary>The same for PostgreSQL: every word a prefix, all required ("angg:* &amp; 2025:*").</summary>
    public static string TsQuery(IReadOnlyList<string> words) => string.Join(" & ", words.Select(w => w + ":*"));
}
