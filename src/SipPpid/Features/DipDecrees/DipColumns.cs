using SipPpid.Domain;

namespace SipPpid.Features.DipDecrees;

/// <summary>
/// One column of a DIP file: its name in the CSV and the import's header (contracts.md, <c>import dip</c>), its
/// Indonesian header in the XLSX (which the import also accepts), whether the import requires it, its longest
/// value, and how an exported row's cell is read.
/// </summary>
public sealed record DipColumn(string Name, string Header, bool Required, int MaxLength, Func<DipListRow, object?> Cell);

/// <summary>
/// The DIP file's columns, described once: the import reads them, the CSV and XLSX exports write them in this order
/// (the KI annex's: No, then summary, holder, responsible, time and place, form, retention), so an export imports
/// again unchanged. <c>number</c> is written by the export and ignored by the import (numbers are the app's).
/// </summary>
public static class DipColumns
{
    public static readonly DipColumn Number = new("number", "No", false, 10, r => r.Number);
    public static readonly DipColumn UnitCode = new("unit_code", "Kode unit", true, Unit.CodeMaxLength, r => r.UnitCode);
    public static readonly DipColumn Title = new("title", "Judul informasi", true, DipEntry.TitleMaxLength, r => r.Title);
    public static readonly DipColumn Summary = new("summary", "Ringkasan isi informasi", true, DipEntry.SummaryMaxLength, r => r.Summary);
    public static readonly DipColumn Holder = new("holder", "Pejabat/unit yang menguasai informasi", true, DipEntry.ShortTextMaxLength, r => r.Holder);
    public static readonly DipColumn Responsible = new("responsible", "Penanggung jawab pembuatan/penerbitan", true, DipEntry.ShortTextMaxLength, r => r.Responsible);
    public static readonly DipColumn ProducedTime = new("produced_time", "Waktu pembuatan", true, 100, r => r.ProducedTime);
    public static readonly DipColumn ProducedPlace = new("produced_place", "Tempat pembuatan", true, 200, r => r.ProducedPlace);
    public static readonly DipColumn Format = new("format", "Bentuk informasi", true, 20, r => DipCodes.Code(r.Format));
    public static readonly DipColumn Retention = new("retention", "Jangka waktu penyimpanan", true, 100, r => r.Retention);
    public static readonly DipColumn Category = new("category", "Kategori", true, 20, r => DipCodes.Code(r.Category));
    public static readonly DipColumn Url = new("url", "Tautan dokumen", false, DipEntry.UrlMaxLength, r => r.Url);
    public static readonly DipColumn PublishedDate = new("published_date", "Tanggal terbit", false, 10, r => r.PublishedDate);

    public static readonly IReadOnlyList<DipColumn> All =
        [Number, UnitCode, Title, Summary, Holder, Responsible, ProducedTime, ProducedPlace, Format, Retention, Category, Url, PublishedDate];

    public static readonly IReadOnlyCollection<string> Required = All.Where(c => c.Required).Select(c => c.Name).ToArray();

    public static readonly IReadOnlyCollection<string> Optional = All.Where(c => !c.Required).Select(c => c.Name).ToArray();

    /// <summary>The XLSX headers (lower case) mapped to the column names: an exported workbook imports again.</summary>
    public static readonly IReadOnlyDictionary<string, string> HeaderNames =
        All.ToDictionary(c => c.Header.ToLowerInvariant(), c => c.Name, StringComparer.Ordinal);
}
