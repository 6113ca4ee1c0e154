namespace HostageReports.Sample;

/// <summary>
/// Standard output as the run writes it: forwards every write and remembers whether one failed (a full
/// disk, a closed pipe), so that the run can tell a failed write from any other <see cref="IOException"/>
/// and say so in one line instead of a stack trace.
/// </summary>
internal sealed class OutputStream(Stream inner) : Stream
{
    /// <summary>Why a write or flush failed, or null.</summary>
    public IOException? Failure { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            Failure ??= e;
            throw;
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            Failure ??= e;
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
