using System.Globalization;

namespace SipPpid.Infrastructure.Storage;

/// <summary>
/// A file's size as people expect to read it, the one formatting used wherever a size is shown: whole kilobytes
/// rounded up below a megabyte (a 665-byte file is "1 KB", as a file manager shows it), megabytes with one decimal
/// above ("1,5 MB" in Indonesian). 1 KB = 1 024 bytes.
/// </summary>
public static class FileSizes
{
    public static string Format(long bytes, IFormatProvider? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        if (bytes <= 0) return "0 KB";
        const long Mb = 1024 * 1024;
        if (bytes < Mb)
        {
            var kb = (bytes + 1023) / 1024;
            return kb < 1024 ? kb.ToString("N0", culture) + " KB" : "1 MB";
        }

        return (Math.Ceiling(bytes * 10.0 / Mb) / 10).ToString("0.#", culture) + " MB";
    }
}
