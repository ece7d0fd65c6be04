namespace SipPpid.Domain;

/// <summary>
/// The DIP's codes as files, the API and URLs write them (contracts.md: <c>berkala</c>, <c>softcopy</c>, ...) and their
/// Indonesian names as pages and printouts show them: one place for every import, export, API and page.
/// </summary>
public static class DipCodes
{
    public static readonly IReadOnlyDictionary<string, DipCategory> Categories = new Dictionary<string, DipCategory>(StringComparer.Ordinal)
    {
        ["berkala"] = DipCategory.Berkala,
        ["serta_merta"] = DipCategory.SertaMerta,
        ["setiap_saat"] = DipCategory.SetiapSaat,
    };

    public static readonly IReadOnlyDictionary<string, DipFormat> Formats = new Dictionary<string, DipFormat>(StringComparer.Ordinal)
    {
        ["softcopy"] = DipFormat.Softcopy,
        ["hardcopy"] = DipFormat.Hardcopy,
        ["both"] = DipFormat.Both,
    };

    public static readonly IReadOnlyDictionary<string, DipStatus> Statuses = new Dictionary<string, DipStatus>(StringComparer.Ordinal)
    {
        ["draft"] = DipStatus.Draft,
        ["published"] = DipStatus.Published,
        ["withdrawn"] = DipStatus.Withdrawn,
    };

    public static string Code(DipCategory category) => Categories.First(c => c.Value == category).Key;

    public static string Code(DipFormat format) => Formats.First(c => c.Value == format).Key;

    public static string Code(DipStatus status) => Statuses.First(c => c.Value == status).Key;

    /// <summary>The category's name as UU 14/2008 gives it, short (lists, filters).</summary>
    public static string Name(DipCategory category) => category switch
    {
        DipCategory.Berkala => "Informasi berkala",
        DipCategory.SertaMerta => "Informasi serta-merta",
        DipCategory.SetiapSaat => "Informasi setiap saat",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The category's full legal name (entry page, printouts).</summary>
    public static string LegalName(DipCategory category) => category switch
    {
        DipCategory.Berkala => "Informasi yang wajib disediakan dan diumumkan secara berkala (Pasal 9)",
        DipCategory.SertaMerta => "Informasi yang wajib diumumkan secara serta-merta (Pasal 10)",
        DipCategory.SetiapSaat => "Informasi yang wajib tersedia setiap saat (Pasal 11)",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static string Name(DipFormat format) => format switch
    {
        DipFormat.Softcopy => "Softcopy",
        DipFormat.Hardcopy => "Hardcopy",
        DipFormat.Both => "Softcopy dan hardcopy",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Name(DipStatus status) => status switch
    {
        DipStatus.Draft => "Draf",
        DipStatus.Published => "Terbit",
        DipStatus.Withdrawn => "Ditarik",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Name(DipDocumentKind kind) => kind switch
    {
        DipDocumentKind.Document => "Dokumen",
        DipDocumentKind.AudioVersion => "Versi audio",
        DipDocumentKind.EasyRead => "Cetak besar / mudah dibaca",
        DipDocumentKind.Braille => "Berkas siap braille",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
