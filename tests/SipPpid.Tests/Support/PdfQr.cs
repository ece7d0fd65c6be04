using System.Diagnostics;
using System.Text;
using ZXing;

namespace SipPpid.Tests.Support;

/// <summary>Reads the QR code printed on a PDF's first page: pdftoppm renders it as greyscale PGM, ZXing decodes it.</summary>
public static class PdfQr
{
    public static async Task<string?> FirstPageAsync(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("sipppid-qr-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var psi = new ProcessStartInfo("pdftoppm") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var a in new[] { "-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(dir.FullName, "page") })
                psi.ArgumentList.Add(a);
            using (var p = Process.Start(psi)!)
            {
                await p.WaitForExitAsync();
                Assert.True(p.ExitCode == 0, await p.StandardError.ReadToEndAsync());
            }

            var (width, height, pixels) = Pgm(await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "page.pgm")));
            var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
            return reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>A binary PGM (P5, 8-bit): "P5 width height 255" then one byte per pixel.</summary>
    private static (int Width, int Height, byte[] Pixels) Pgm(byte[] file)
    {
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)file[i])) i++;
            var start = i;
            while (!char.IsWhiteSpace((char)file[i])) i++;
            fields.Add(Encoding.ASCII.GetString(file, start, i - start));
        }

        Assert.Equal("P5", fields[0]);
        var (w, h) = (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        return (w, h, file.AsSpan(i + 1, w * h).ToArray());
    }
}
