using System.Globalization;
using MiniExcelLibs;

namespace SipPpid.Infrastructure.Csv;

/// <summary>
/// Reads the first sheet of an .xlsx file like <see cref="CsvTable"/> reads a CSV: the first row names the
/// columns, each later row becomes an <see cref="ImportRow"/> with its sheet row number as the line.
/// Date cells become ISO dates, numbers are written without grouping or exponent, booleans as yes / no.
/// </summary>
public static class XlsxTable
{
    /// <param name="stream">The workbook.</param>
    /// <param name="required">The columns the header must name.</param>
    /// <param name="optional">The columns it may name besides.</param>
    /// <param name="aliases">Other names of columns (lower case) the header may use, mapped to the column's name: the
    /// headers a person reads in an exported workbook.</param>
    public static ImportTable ReadTable(Stream stream, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(optional);
        var rows = new List<ImportRow>();
        var malformed = new List<ImportRow>();
        var errors = new List<ImportError>();
        var names = new List<string>();
        var letters = new List<string>();
        try
        {
            var line = 0;
            foreach (IDictionary<string, object?> record in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                if (line == 1)
                {
                    // Trailing empty header cells are not columns.
                    var cells = record.Select(kv => (kv.Key, Name: Text(kv.Value)?.Trim().ToLowerInvariant() ?? ""))
                        .Select(c => (c.Key, Name: aliases?.GetValueOrDefault(c.Name) ?? c.Name)).ToList();
                    while (cells.Count > 0 && cells[^1].Name.Length == 0) cells.RemoveAt(cells.Count - 1);
                    letters.AddRange(cells.Select(c => c.Key));
                    names.AddRange(cells.Select(c => c.Name));
                    if (names.Count == 0)
                    {
                        errors.Add(new ImportError(1, "header", "the file is empty; the first row must name the columns"));
                        break;
                    }

                    errors.AddRange(CsvTable.CheckHeader(names, required, optional));
                    if (errors.Count > 0) break;
                    continue;
                }

                var values = new Dictionary<string, string>(names.Count);
                for (var i = 0; i < names.Count; i++)
                    values[names[i]] = record.TryGetValue(letters[i], out var v) ? Text(v) ?? "" : "";
                var extra = record.Where(kv => !letters.Contains(kv.Key)).Any(kv => !string.IsNullOrWhiteSpace(Text(kv.Value)));
                if (extra)
                {
                    errors.Add(new ImportError(line, "row", $"has cells beyond the {names.Count} columns of the header"));
                    malformed.Add(new ImportRow(line, values));
                    continue;
                }

                if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new ImportRow(line, values));
            }

            if (line == 0) errors.Add(new ImportError(1, "header", "the file is empty; the first row must name the columns"));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
        {
            errors.Add(new ImportError(0, "file", "not a readable .xlsx workbook: " + ex.Message.Split('\n')[0]));
        }

        return new ImportTable(names, rows, malformed, errors);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
