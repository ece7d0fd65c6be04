using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SipPpid.Data;

namespace SipPpid.Infrastructure.Validation;

/// <summary>What is wrong with a text: characters that are not allowed, or more than its column holds.</summary>
public readonly record struct TextProblem(bool TooLong, int MaxLength)
{
    /// <summary>The Indonesian message (a key of the resource file; {0} is the maximum length).</summary>
    public string MessageKey => TooLong ? "Maksimal {0} karakter." : ForbiddenCharactersKey;

    /// <summary>The message of the register import, "line N: column: reason" (English, like the import's others).</summary>
    public string ImportReason => TooLong ? $"longer than {MaxLength} characters" : "contains control characters that are not allowed";

    public const string ForbiddenCharactersKey = "Berisi karakter yang tidak diizinkan (karakter kontrol, atau baris baru pada isian satu baris).";
}

/// <summary>
/// The one rule for every text the app stores (issue 12 item 5), used by the forms, the public API, the register
/// import and, as a last guard, by <see cref="AppDbContext"/> before anything is written, so SQLite and PostgreSQL
/// behave alike (PostgreSQL refuses NUL, 22021, and over-long values, 22001; SQLite stores both):
/// <list type="bullet">
/// <item>the maximum length is the column's, read from the EF model (never typed a second time);</item>
/// <item>no C0 control character (U+0000–U+001F) and no DEL, except tab, carriage return and line feed in a
/// multi-line field; a field is multi-line when its column holds more than <see cref="SingleLineMaxLength"/>
/// characters (addresses, descriptions, reasons, notes: the fields the forms show as text areas);</item>
/// <item>no unpaired UTF-16 surrogate (not text; PostgreSQL cannot encode it).</item>
/// </list>
/// </summary>
public static class TextRules
{
    /// <summary>Columns up to this length hold one line (names, numbers, codes); longer ones hold paragraphs.</summary>
    public const int SingleLineMaxLength = 300;

    private static readonly Lazy<Microsoft.EntityFrameworkCore.Metadata.IModel> Model = new(() =>
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    });

    /// <summary>The maximum length of <typeparamref name="TEntity"/>.<paramref name="property"/>, from the EF model.</summary>
    public static int MaxLength<TEntity>(string property) => MaxLength(typeof(TEntity), property);

    /// <summary>The maximum length of <paramref name="entity"/>.<paramref name="property"/>, from the EF model.</summary>
    public static int MaxLength(Type entity, string property) =>
        Model.Value.FindEntityType(entity)?.FindProperty(property)?.GetMaxLength()
        ?? throw new InvalidOperationException($"{entity?.Name}.{property} is not a text column with a maximum length.");

    public static bool IsMultiLine(int? maxLength) => maxLength is null or > SingleLineMaxLength;

    /// <summary>The problem of <paramref name="value"/> in a column of <paramref name="maxLength"/> (null: unlimited), or null.</summary>
    public static TextProblem? Check(string? value, int? maxLength)
    {
        if (value is null) return null;
        if (HasForbiddenCharacter(value, IsMultiLine(maxLength))) return new TextProblem(false, maxLength ?? 0);
        if (maxLength is { } max && value.Length > max) return new TextProblem(true, max);
        return null;
    }

    /// <summary>The problem of <paramref name="value"/> stored in <typeparamref name="TEntity"/>.<paramref name="property"/>.</summary>
    public static TextProblem? Check<TEntity>(string? value, string property) => Check(value, MaxLength<TEntity>(property));

    public static bool HasForbiddenCharacter(string value, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c == '\u007F')
            {
                if (multiLine && c is '\t' or '\r' or '\n') continue;
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }

        return false;
    }

    /// <summary>Every added or changed text of the tracked entities that breaks the rule (checked before saving).</summary>
    public static List<InvalidText> Problems(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var problems = new List<InvalidText>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.ClrType != typeof(string) || p.CurrentValue is not string value) continue;
                if (entry.State == EntityState.Modified && !p.IsModified) continue;
                if (Check(value, p.Metadata.GetMaxLength()) is { } problem)
                    problems.Add(new InvalidText(entry.Metadata.ClrType.Name, p.Metadata.Name, value, problem));
            }
        }

        return problems;
    }
}

/// <summary>A text of an entity that breaks <see cref="TextRules"/>.</summary>
public sealed record InvalidText(string Entity, string Property, string Value, TextProblem Problem);

/// <summary>Thrown by <see cref="AppDbContext"/> instead of writing a text that breaks <see cref="TextRules"/>.</summary>
public sealed class InvalidTextException(IReadOnlyList<InvalidText> problems)
    : Exception("Text that breaks the text rules was not saved: " + string.Join(", ", problems.Select(p => $"{p.Entity}.{p.Property}")))
{
    public IReadOnlyList<InvalidText> Problems { get; } = problems;
}
