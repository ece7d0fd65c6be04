using Microsoft.Extensions.Options;

namespace SipPpid.Infrastructure.Pdf;

/// <summary>
/// At most <see cref="PdfOptions.MaxConcurrentRenders"/> Chromium processes print at once in this instance; a
/// render that finds every slot taken waits up to <see cref="PdfOptions.QueueSeconds"/> for one, then is refused
/// with <see cref="PdfUnavailableException.Busy"/> (answered 503 with Retry-After). A few clicks on "Unduh PDF" of a
/// year's register thus queue instead of starting a Chromium each and exhausting the server.
/// </summary>
public sealed class PdfRenderGate(IOptions<PdfOptions> options) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentRenders, options.Value.MaxConcurrentRenders);

    /// <summary>Takes a slot (released by disposing the answer), waiting at most the configured time.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(options.Value.QueueSeconds);
        if (!await slots.WaitAsync(wait, ct)) throw PdfUnavailableException.Busy(TimeSpan.FromSeconds(Math.Max(1, options.Value.QueueSeconds)));
        return new Slot(slots);
    }

    public void Dispose() => slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
