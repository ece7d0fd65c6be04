namespace SipPpid.Infrastructure.Csv;

/// <summary>The two spreadsheet formats every import reads (<see cref="CsvTable"/>, <see cref="XlsxTable"/>).</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
}

/// <summary>What every upload of a table checks before reading it: the format by the file's name, and content that fits it.</summary>
public static class TableFiles
{
    /// <summary>The format by extension (.csv or .xlsx), or null.</summary>
    public static TableFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => TableFormat.Xlsx,
        ".csv" => TableFormat.Csv,
        _ => null,
    };

    /// <summary>An XLSX starts as a ZIP archive; a CSV is text (no NUL byte in its first 8 KB).</summary>
    public static bool LooksLike(ReadOnlySpan<byte> content, TableFormat format) => format == TableFormat.Xlsx
        ? content.StartsWith("PK\u0003\u0004"u8)
        : !content[..Math.Min(content.Length, 8192)].Contains((byte)0);

    /// <summary>Reads the table in its format: the first sheet of an XLSX (its headers mapped by <paramref name="headerNames"/>), or the CSV.</summary>
    public static ImportTable Read(Stream file, TableFormat format, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional,
        IReadOnlyDictionary<string, string> headerNames) => format == TableFormat.Xlsx
        ? XlsxTable.ReadTable(file, required, optional, headerNames)
        : CsvTable.ReadTable(file, required, optional);
}
