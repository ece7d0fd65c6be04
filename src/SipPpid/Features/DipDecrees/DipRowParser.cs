using SipPpid.Domain;
using SipPpid.Infrastructure.Auth;
using SipPpid.Infrastructure.Csv;

namespace SipPpid.Features.DipDecrees;

/// <summary>A checked row of a DIP file: the entry's columns, its unit resolved.</summary>
public sealed record DipImportRow(int Line, int UnitId, DipCategory Category, string Title, string Summary, string Holder, string Responsible,
    string ProducedTime, string ProducedPlace, DipFormat Format, string Retention, string? Url, DateOnly? PublishedDate);

/// <summary>Checks one row of a DIP file against <see cref="DipColumns"/>: every problem becomes "line N: column: reason".</summary>
public sealed class DipRowParser(IReadOnlyDictionary<string, (int Id, string Path)> units, UnitScope? scope)
{
    public DipImportRow? Parse(ImportRow row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        string? Text(DipColumn c)
        {
            var v = row[c.Name];
            if (v is null && c.Required) errors.Add(new ImportError(row.Line, c.Name, "required"));
            else if (v is not null && v.Length > c.MaxLength) errors.Add(new ImportError(row.Line, c.Name, $"longer than {c.MaxLength} characters"));
            return v;
        }

        T? Code<T>(DipColumn c, IReadOnlyDictionary<string, T> codes) where T : struct
        {
            if (Text(c) is not { } v) return null;
            if (codes.TryGetValue(v.ToLowerInvariant(), out var value)) return value;
            errors.Add(new ImportError(row.Line, c.Name, $"'{v}' is not one of {string.Join(", ", codes.Keys)}"));
            return null;
        }

        var unitId = 0;
        if (Text(DipColumns.UnitCode) is { } code)
        {
            if (!units.TryGetValue(code, out var unit)) errors.Add(new ImportError(row.Line, DipColumns.UnitCode.Name, $"unit '{code}' does not exist"));
            else if (scope is not null && !scope.Contains(unit.Path)) errors.Add(new ImportError(row.Line, DipColumns.UnitCode.Name, $"unit {code} is outside your scope"));
            else unitId = unit.Id;
        }

        var category = Code(DipColumns.Category, DipCodes.Categories);
        var format = Code(DipColumns.Format, DipCodes.Formats);
        var (title, summary, holder, responsible) = (Text(DipColumns.Title), Text(DipColumns.Summary), Text(DipColumns.Holder), Text(DipColumns.Responsible));
        var (time, place, retention) = (Text(DipColumns.ProducedTime), Text(DipColumns.ProducedPlace), Text(DipColumns.Retention));
        var url = Text(DipColumns.Url);
        if (url is not null && !IsWebLink(url)) errors.Add(new ImportError(row.Line, DipColumns.Url.Name, "not an http(s) link"));
        DateOnly? published = null;
        if (row[DipColumns.PublishedDate.Name] is { } d)
        {
            if (CsvTable.TryParseDate(d, out var date)) published = date;
            else errors.Add(new ImportError(row.Line, DipColumns.PublishedDate.Name, $"'{d}' is not a date (yyyy-mm-dd)"));
        }

        if (errors.Count > before) return null;
        return new DipImportRow(row.Line, unitId, category!.Value, title!, summary!, holder!, responsible!, time!, place!, format!.Value,
            retention!, url, published);
    }

    /// <summary>An absolute http or https link (the same rule as a link typed on the entry form).</summary>
    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
