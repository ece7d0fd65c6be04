using SipPpid.Domain;

namespace SipPpid.Features.RegisterImport;

/// <summary>
/// How far an import is: its phase and the units done of the phase's total (bytes while reading, rows after).
/// The import updates it as it goes; another thread (the job's progress loop) reads it.
/// </summary>
public sealed class ImportProgress
{
    private int _phase;
    private long _done;
    private long _total;

    public RegisterImportPhase Phase => (RegisterImportPhase)Volatile.Read(ref _phase);
    public long Done => Interlocked.Read(ref _done);
    public long Total => Interlocked.Read(ref _total);

    public void Begin(RegisterImportPhase phase, long total)
    {
        Interlocked.Exchange(ref _done, 0);
        Interlocked.Exchange(ref _total, total);
        Volatile.Write(ref _phase, (int)phase);
    }

    public void Set(long done) => Interlocked.Exchange(ref _done, done);

    public void Add(long count) => Interlocked.Add(ref _done, count);

    /// <summary>The share of the whole import done, 0–100: reading weighs 30, checking 10, writing 60.</summary>
    public static int Percent(RegisterImportPhase phase, long done, long total)
    {
        var part = total > 0 ? Math.Clamp((double)done / total, 0, 1) : 0;
        return phase switch
        {
            RegisterImportPhase.Reading => (int)(30 * part),
            RegisterImportPhase.Checking => 30 + (int)(10 * part),
            RegisterImportPhase.Writing => 40 + (int)(60 * part),
            RegisterImportPhase.Done => 100,
            _ => 0,
        };
    }
}

/// <summary>A read-only view of a stream that reports how many bytes have been read.</summary>
internal sealed class ProgressStream(Stream inner, ImportProgress progress) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = inner.Seek(offset, origin);
        // A zip (XLSX) is read by seeking; its position is the best measure of how far the reader is.
        progress.Set(position);
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        progress.Set(inner.CanSeek ? inner.Position : _read);
        return read;
    }
}
