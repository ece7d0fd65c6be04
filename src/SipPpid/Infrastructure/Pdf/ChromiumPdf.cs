using System.Diagnostics;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>
/// Prints an HTML document to PDF with headless Chromium (one process per document, a throw-away profile, no
/// network: every host name resolves to nothing except localhost). The executable comes from
/// <c>Chromium:Path</c>, else the <c>CHROMIUM_PATH</c> environment variable, else <c>/usr/bin/chromium</c>. When it
/// is not there, or every render slot of <see cref="PdfRenderGate"/> stays busy, it throws
/// <see cref="PdfUnavailableException"/> (answered as a friendly page, never a 500).
/// </summary>
public sealed class ChromiumPdf(IConfiguration config, PdfRenderGate gate)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly string[] BaseArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
        "--disable-dev-shm-usage", "--log-level=3",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ];

    public string ExecutablePath =>
        config["Chromium:Path"] is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } env ? env
        : "/usr/bin/chromium";

    /// <summary>Null when Chromium is where the configuration says, else why PDF export cannot work (one line).</summary>
    public string? MissingReason() =>
        Path.IsPathRooted(ExecutablePath) && !File.Exists(ExecutablePath) ? PdfUnavailableException.Missing(ExecutablePath).Message : null;

    /// <summary>The PDF of a self-contained HTML document (styles inlined; it may not fetch anything).</summary>
    public Task<byte[]> FromHtmlAsync(string html, CancellationToken ct = default) => FromHtmlAsync(html, tagged: true, ct);

    /// <summary>
    /// As <see cref="FromHtmlAsync(string, CancellationToken)"/>; <paramref name="tagged"/> false leaves out the tagged-PDF
    /// structure tree, which for a register of a thousand table rows is most of the file (4.6 of 5.4 MB).
    /// </summary>
    public async Task<byte[]> FromHtmlAsync(string html, bool tagged, CancellationToken ct)
    {
        if (MissingReason() is not null) throw PdfUnavailableException.Missing(ExecutablePath);
        using var slot = await gate.EnterAsync(ct);
        var dir = Directory.CreateTempSubdirectory("sipppid-pdf-");
        try
        {
            var htmlPath = Path.Combine(dir.FullName, "in.html");
            var pdfPath = Path.Combine(dir.FullName, "out.pdf");
            await File.WriteAllTextAsync(htmlPath, html, ct);
            var psi = new ProcessStartInfo(ExecutablePath)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var a in BaseArgs) psi.ArgumentList.Add(a);
            if (!tagged) psi.ArgumentList.Add("--disable-pdf-tagging");
            psi.ArgumentList.Add("--user-data-dir=" + Path.Combine(dir.FullName, "profile"));
            psi.ArgumentList.Add("--print-to-pdf=" + pdfPath);
            psi.ArgumentList.Add(new Uri(htmlPath).AbsoluteUri);

            Process? started;
            try
            {
                started = Process.Start(psi);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not found on PATH, or not executable.
                throw PdfUnavailableException.Missing(ExecutablePath);
            }

            using var p = started ?? throw new InvalidOperationException("Chromium did not start.");
            var stdout = p.StandardOutput.ReadToEndAsync(ct);
            var stderr = p.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await p.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                p.Kill(entireProcessTree: true);
                throw;
            }

            if (p.ExitCode != 0 || !File.Exists(pdfPath))
                throw new InvalidOperationException($"Chromium exited with {p.ExitCode}: {await stderr} {await stdout}");
            return await File.ReadAllBytesAsync(pdfPath, ct);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
