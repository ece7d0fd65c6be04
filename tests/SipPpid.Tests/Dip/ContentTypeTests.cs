using System.Text;
using SipPpid.Infrastructure.Storage;

namespace SipPpid.Tests.Dip;

/// <summary>Upload types recognised by content: what DIP documents may be, and requests still only PDF/JPEG/PNG.</summary>
public sealed class ContentTypeTests
{
    [Theory]
    [InlineData("a.pdf", ContentTypes.Pdf)]
    [InlineData("a.docx", ContentTypes.Docx)]
    public void Known_documents_are_recognised(string name, string expected)
    {
        var bytes = name.EndsWith(".pdf", StringComparison.Ordinal) ? DipTestData.Pdf : DipTestData.Docx();
        Assert.Equal(expected, ContentTypes.Recognise(bytes, name));
    }

    [Fact]
    public void Containers_and_audio_are_recognised_by_their_content()
    {
        Assert.Null(ContentTypes.Recognise(DipTestData.Docx(withMainPart: false), "a.docx"));
        Assert.Null(ContentTypes.Recognise(DipTestData.Exe, "laporan.pdf"));
        Assert.Null(ContentTypes.Recognise("PK\x03\x04 not a zip"u8.ToArray(), "a.docx"));
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        Assert.Equal(ContentTypes.Xls, ContentTypes.Recognise(ole, "lama.xls"));
        Assert.Null(ContentTypes.Recognise(ole, "lama.exe"));
        Assert.Equal(ContentTypes.Mp3, ContentTypes.Recognise("ID3\x03\x00rest"u8.ToArray(), "a.mp3"));
        Assert.Equal(ContentTypes.Ogg, ContentTypes.Recognise("OggS\x00\x02rest"u8.ToArray(), "a.ogg"));
        Assert.Equal(ContentTypes.Wav, ContentTypes.Recognise("RIFF\x24\x00\x00\x00WAVEfmt "u8.ToArray(), "a.wav"));
        Assert.Equal(ContentTypes.M4a, ContentTypes.Recognise([0, 0, 0, 0x20, .. "ftypM4A "u8, 0, 0], "a.m4a"));
    }

    [Fact]
    public void Text_is_accepted_only_as_valid_utf8_under_a_csv_or_txt_name()
    {
        var csv = Encoding.UTF8.GetBytes("no;judul\n1;Laporan Keuangan\n");
        Assert.Equal(ContentTypes.Csv, ContentTypes.Recognise(csv, "daftar.csv"));
        Assert.Equal(ContentTypes.Text, ContentTypes.Recognise(csv, "daftar.txt"));
        Assert.Null(ContentTypes.Recognise(csv, "daftar.html"));
        Assert.Null(ContentTypes.Recognise([0x61, 0x00, 0x62], "nul.csv"));
        Assert.Null(ContentTypes.Recognise([0x61, 0xC3, 0x28], "bad.txt"));
    }

    [Fact]
    public void Requests_keep_accepting_only_pdf_jpeg_and_png()
    {
        Assert.Equal(new[] { ContentTypes.Pdf, ContentTypes.Jpeg, ContentTypes.Png }, ContentTypes.Basic.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(ContentTypes.Docx, ContentTypes.Basic);
        Assert.Contains(ContentTypes.Docx, ContentTypes.Dip);
    }
}
