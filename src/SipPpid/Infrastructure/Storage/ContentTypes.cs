using System.IO.Compression;
using System.Text;

namespace SipPpid.Infrastructure.Storage;

/// <summary>
/// What an uploaded file is, recognised from its content (never from its name alone): PDF and images by their first
/// bytes; office documents by their container (an OOXML zip's <c>[Content_Types].xml</c> and main part, an ODF zip's
/// <c>mimetype</c>, a legacy OLE compound file); audio by its frame header; CSV and plain text only when the name says so
/// and the bytes are valid UTF-8 without NUL. Each caller accepts its own set (<see cref="Basic"/> for requests).
/// </summary>
public static class ContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Doc = "application/msword";
    public const string Xls = "application/vnd.ms-excel";
    public const string Ppt = "application/vnd.ms-powerpoint";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";
    public const string Odp = "application/vnd.oasis.opendocument.presentation";
    public const string Csv = "text/csv";
    public const string Text = "text/plain";
    public const string Mp3 = "audio/mpeg";
    public const string Ogg = "audio/ogg";
    public const string Wav = "audio/wav";
    public const string M4a = "audio/mp4";

    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        (Pdf, "%PDF-"u8.ToArray()),
        (Jpeg, [0xFF, 0xD8, 0xFF]),
        (Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>What requests, objections and the public form accept: PDF, JPEG and PNG.</summary>
    public static readonly IReadOnlySet<string> Basic = new HashSet<string>(StringComparer.Ordinal) { Pdf, Jpeg, Png };

    /// <summary>What a DIP entry's documents may be (disclosure.md: PDF, office documents, images, CSV/XLSX, audio).</summary>
    public static readonly IReadOnlySet<string> Dip = new HashSet<string>(StringComparer.Ordinal)
    {
        Pdf, Jpeg, Png, Docx, Xlsx, Pptx, Doc, Xls, Ppt, Odt, Ods, Odp, Csv, Text, Mp3, Ogg, Wav, M4a,
    };

    /// <summary>The type of PDF, JPEG or PNG bytes by their signature, or null.</summary>
    public static string? Signature(ReadOnlySpan<byte> content)
    {
        foreach (var (type, magic) in Signatures)
            if (content.StartsWith(magic)) return type;
        return null;
    }

    /// <summary>The type of <paramref name="content"/>, or null when it is none of the types above.</summary>
    public static string? Recognise(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return Signature(content) ?? Zip(content) ?? Ole(content, extension) ?? Audio(content) ?? PlainText(content, extension);
    }

    private static string? Zip(byte[] content)
    {
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8)) return null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var declared = reader.ReadToEnd().Trim();
                return declared is Odt or Ods or Odp ? declared : null;
            }

            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return Xlsx;
            if (zip.GetEntry("ppt/presentation.xml") is not null) return Pptx;
            return null;
        }
        catch (InvalidDataException)
        {
            return null; // starts like a zip but is not one
        }
    }

    /// <summary>A legacy Office compound file: the container does not say which program, so the name chooses among the three.</summary>
    private static string? Ole(byte[] content, string extension) =>
        content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
            ? extension switch { ".doc" => Doc, ".xls" => Xls, ".ppt" => Ppt, _ => null }
            : null;

    private static string? Audio(byte[] c)
    {
        var span = c.AsSpan();
        if (span.StartsWith("ID3"u8)) return Mp3;
        // An MPEG audio frame header: 11 sync bits, then a layer other than "reserved".
        if (c.Length >= 4 && c[0] == 0xFF && (c[1] & 0xE0) == 0xE0 && (c[1] & 0x06) != 0) return Mp3;
        if (span.StartsWith("OggS"u8)) return Ogg;
        if (c.Length >= 12 && span.StartsWith("RIFF"u8) && span[8..12].SequenceEqual("WAVE"u8)) return Wav;
        if (c.Length >= 12 && span[4..8].SequenceEqual("ftyp"u8) && Encoding.ASCII.GetString(c, 8, 4) is "M4A " or "M4B " or "mp42" or "isom")
            return M4a;
        return null;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string? PlainText(byte[] content, string extension)
    {
        if (extension is not (".csv" or ".txt") || content.AsSpan().Contains((byte)0)) return null;
        try
        {
            StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return extension == ".csv" ? Csv : Text;
    }

    /// <summary>The extension a stored file and a download get, from its recognised type.</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        Docx => ".docx",
        Xlsx => ".xlsx",
        Pptx => ".pptx",
        Doc => ".doc",
        Xls => ".xls",
        Ppt => ".ppt",
        Odt => ".odt",
        Ods => ".ods",
        Odp => ".odp",
        Csv => ".csv",
        Text => ".txt",
        Mp3 => ".mp3",
        Ogg => ".ogg",
        Wav => ".wav",
        M4a => ".m4a",
        _ => ".bin",
    };
}
