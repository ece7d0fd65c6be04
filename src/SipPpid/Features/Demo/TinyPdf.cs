using System.Globalization;
using System.Text;

namespace SipPpid.Features.Demo;

/// <summary>
/// A small, valid one-page PDF with a few lines of text (Helvetica, WinAnsi): the demo's and the tests' DIP documents,
/// so a download opens in any reader. Not a report renderer (the app prints reports through Chromium).
/// </summary>
public static class TinyPdf
{
    public static byte[] Create(params string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL\n");
        foreach (var line in lines) text.Append('(').Append(Escape(line)).Append(") '\n");
        text.Append("ET");
        var content = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1.GetBytes(pdf.ToString());
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>PDF string escapes; characters outside Latin-1 become '?'.</summary>
    private static string Escape(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '(' or ')' or '\\') b.Append('\\').Append(c);
            else b.Append(c is >= ' ' and <= 'ÿ' ? c : '?');
        }

        return b.ToString();
    }
}
