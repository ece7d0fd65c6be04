using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SipPpid.Infrastructure.Csv;

/// <summary>One problem in an imported file, reported as "line N: column: reason".</summary>
public sealed record ImportError(int Line, string Column, string Reason)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Column}: {Reason}" : $"{Column}: {Reason}";
}

/// <summary>A data row of an imported file with its line number (the header is line 1).</summary>
public sealed class ImportRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    /// <summary>The raw cells by (lower-case) column name, as read.</summary>
    public IReadOnlyDictionary<string, string> Cells { get; } = cells;

    /// <summary>The trimmed cell, or null when empty or absent.</summary>
    public string? this[string column] =>
        Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// A read file: its columns in file order, its well-formed data rows, the rows that could not be read as
/// data (wrong number of cells; each has an error too), and the errors.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Columns, List<ImportRow> Rows, List<ImportRow> Malformed, List<ImportError> Errors);

/// <summary>
/// Reads a UTF-8, RFC 4180 CSV with a header row and checks its columns, and writes every CSV the product produces
/// (<see cref="Write"/>), so that text which a spreadsheet would run as a formula is neutralised in one place.
/// </summary>
public static class CsvTable
{
    /// <summary>
    /// The characters with which a spreadsheet (Excel, LibreOffice) starts a formula or DDE payload when a cell
    /// begins with them, after any leading white space (OWASP "CSV Injection"): =, +, -, @, and tab and carriage
    /// return, which some programs skip before looking.
    /// </summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Whether <paramref name="text"/> would be read as a formula: it begins with one of
    /// <see cref="FormulaStarts"/>, also after leading spaces, tabs, carriage returns or line feeds.
    /// </summary>
    public static bool LooksLikeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return false;
        if (text[0] is '\t' or '\r') return true;
        var start = text.TrimStart(' ', '\t', '\r', '\n');
        return start.Length > 0 && FormulaStarts.Contains(start[0]);
    }

    /// <summary>
    /// A text cell as it is written: one that would be read as a formula gets a leading single quote, which
    /// spreadsheets show as text and never evaluate (the writer also quotes it). Other text is unchanged.
    /// </summary>
    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>
    /// Writes a CSV (RFC 4180, UTF-8, optionally with a byte-order mark so Excel reads it as UTF-8). Cells are typed:
    /// a <see cref="string"/> is text and is neutralised (<see cref="Neutralise"/>, quoted); a number (int, long,
    /// decimal, double) is written as an invariant number, so a negative figure stays a number; null is empty.
    /// Every CSV the product writes goes through here.
    /// </summary>
    public static byte[] Write(IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows, bool byteOrderMark = true)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in header) WriteCell(csv, h);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) WriteCell(csv, cell);
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    private static void WriteCell(CsvWriter csv, object? cell)
    {
        switch (cell)
        {
            case null:
                csv.WriteField("");
                break;
            case string text when LooksLikeFormula(text):
                csv.WriteField(Neutralise(text), shouldQuote: true);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case bool b:
                csv.WriteField(b ? "true" : "false");
                break;
            case DateOnly date:
                csv.WriteField(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case decimal d:
                csv.WriteField(d.ToString("0.############################", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                csv.WriteField(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                // Anything else is text as far as a spreadsheet is concerned.
                var other = cell.ToString() ?? "";
                csv.WriteField(Neutralise(other), shouldQuote: LooksLikeFormula(other));
                break;
        }
    }

    /// <summary>
    /// Undoes <see cref="Neutralise"/> on a cell read back (an exported register imported again): a single quote
    /// followed by what would be a formula is dropped. Any other leading quote is kept.
    /// </summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && LooksLikeFormula(cell[1..]) ? cell[1..] : cell;
    }

    public static (List<ImportRow> Rows, List<ImportError> Errors) Read(
        Stream stream, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var table = ReadTable(stream, required, optional);
        return (table.Rows, table.Errors);
    }

    /// <summary>Checks the header row: unknown, repeated and missing columns are errors on line 1.</summary>
    public static List<ImportError> CheckHeader(IReadOnlyList<string> names, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        var errors = new List<ImportError>();
        foreach (var unknown in names.Where(n => !required.Contains(n) && !optional.Contains(n)))
            errors.Add(new ImportError(1, unknown.Length == 0 ? "header" : unknown, "unknown column"));
        foreach (var dup in names.GroupBy(n => n).Where(g => g.Count() > 1))
            errors.Add(new ImportError(1, dup.Key, "column appears more than once"));
        foreach (var missing in required.Where(r => !names.Contains(r)))
            errors.Add(new ImportError(1, missing, "required column is missing"));
        return errors;
    }

    public static ImportTable ReadTable(Stream stream, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        var rows = new List<ImportRow>();
        var malformed = new List<ImportRow>();
        var errors = new List<ImportError>();
        string[] names = [];
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = true, DetectDelimiter = false };
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                errors.Add(new ImportError(1, "header", "the file is empty; the first row must name the columns"));
                return new ImportTable(names, rows, malformed, errors);
            }

            names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            errors.AddRange(CheckHeader(names, required, optional));
            if (errors.Count > 0) return new ImportTable(names, rows, malformed, errors);

            while (csv.Read())
            {
                var record = csv.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace)) continue;
                var line = csv.Parser.Row;
                if (record.Length != names.Length)
                {
                    errors.Add(new ImportError(line, "row", $"has {record.Length} cells, the header has {names.Length}"));
                    var partial = new Dictionary<string, string>(names.Length);
                    for (var i = 0; i < Math.Min(names.Length, record.Length); i++) partial[names[i]] = record[i];
                    malformed.Add(new ImportRow(line, partial));
                    continue;
                }

                var cells = new Dictionary<string, string>(names.Length);
                for (var i = 0; i < names.Length; i++) cells[names[i]] = Restore(record[i]);
                rows.Add(new ImportRow(line, cells));
            }
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new ImportError(ex.Context?.Parser?.Row ?? 0, "file", "not valid CSV: " + ex.Message.Split('\n')[0]));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ImportError(0, "file", "not UTF-8 text"));
        }

        return new ImportTable(names, rows, malformed, errors);
    }

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
