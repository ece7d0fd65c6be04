namespace SipPpid.Infrastructure.Pdf;

/// <summary>
/// A PDF cannot be printed now, for a reason the user can act on: Chromium is not installed where
/// <c>Chromium:Path</c> / <c>CHROMIUM_PATH</c> says (<see cref="ChromiumMissing"/>), or every render slot stayed busy
/// for the bounded wait (<see cref="RetryAfter"/> set). Answered as a friendly page offering the print view (a
/// problem details answer under /api), never as a 500; the CLI prints <see cref="Exception.Message"/> as one line.
/// </summary>
public sealed class PdfUnavailableException : Exception
{
    /// <summary>The Debian package that provides Chromium.</summary>
    public const string Package = "chromium";

    public PdfUnavailableException() { }

    public PdfUnavailableException(string message) : base(message) { }

    public PdfUnavailableException(string message, Exception inner) : base(message, inner) { }

    /// <summary>True when Chromium is not installed at the configured path.</summary>
    public bool ChromiumMissing { get; private init; }

    /// <summary>The configured Chromium path (when <see cref="ChromiumMissing"/>).</summary>
    public string? ChromiumPath { get; private init; }

    /// <summary>When every render slot is busy: how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public static PdfUnavailableException Missing(string path) =>
        new($"PDF export needs Chromium, which is not installed at CHROMIUM_PATH={path}: install the Debian package '{Package}' (apt-get install {Package}) or set CHROMIUM_PATH (Chromium:Path) to its executable.")
        {
            ChromiumMissing = true,
            ChromiumPath = path,
        };

    public static PdfUnavailableException Busy(TimeSpan retryAfter) =>
        new($"Every PDF render slot is busy; try again in {(int)Math.Ceiling(retryAfter.TotalSeconds)} s.") { RetryAfter = retryAfter };
}
