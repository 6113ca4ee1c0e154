using System.Text;
using System.Text.Json;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Reconciliation;
using HostageReports.Rendering;
using HostageReports.Tests.Performance;
using static HostageReports.Tests.Reconciliation.ClaimFactory;

namespace HostageReports.Tests.Rendering;

/// <summary>
/// The renderers write as they go: the JSON writer hands its bytes to the stream every 64 KiB or so,
/// the table goes out line by line and a line's sources piece by piece, so the memory output takes
/// stays the same however many incidents, reports and claims a run has. A cancelled token stops
/// either between incidents or reports.
/// </summary>
public class StreamingRenderTests
{
    /// <summary>Incidents of three reports, each with a few claims of its own wording.</summary>
    private static List<Incident> Incidents(int count)
    {
        var incidents = new List<Incident>(count);
        for (int k = 0; k < count; k++)
        {
            incidents.Add(Incident(
                Report($"a{k}", new DateOnly(2021, 3, 1), "Outlet A", Exactly("killed/all", 2 + (k % 3), speaker: "police"), Person("Aldo Varennes"),
                    Place("Portsmouth", LocationKind.City)),
                Report($"b{k}", new DateOnly(2021, 3, 2), "Outlet B", Exactly("killed/all", 2), Count("wounded/all", Qualifier.AtLeast, 4)),
                Report($"c{k}", new DateOnly(2021, 3, 3), "Outlet C", Exactly("killed/all", 3, speaker: "the mayor"), Person("Varennes"))));
        }

        foreach (var incident in incidents)
        {
            _ = incident.Facts; // reconciled before rendering: the tests measure the writing only
        }

        return incidents;
    }

    [Fact]
    public void JsonWrite_ManyIncidents_HandsTheDocumentToTheStreamInSmallWrites()
    {
        var incidents = Incidents(3000);
        var stream = new RecordingStream();

        JsonRenderer.Write(stream, incidents);

        stream.Total.Should().BeGreaterThan(40L * JsonRenderer.FlushThreshold, "the document is large enough that holding it whole would show");
        stream.LargestWrite.Should().BeLessThan(2 * JsonRenderer.FlushThreshold, "the writer flushes once it holds 64 KiB");
        stream.Writes.Should().BeGreaterThan(40);
    }

    [Fact]
    public void JsonWrite_FourTimesTheIncidents_SameLargestWriteAndAboutFourTimesTheAllocation()
    {
        var small = Incidents(500);
        var large = Incidents(2000);
        JsonRenderer.Write(Stream.Null, small); // warm up

        var smallStream = new RecordingStream();
        var largeStream = new RecordingStream();
        long smallBytes = Allocation.Of(() => JsonRenderer.Write(smallStream, small));
        long largeBytes = Allocation.Of(() => JsonRenderer.Write(largeStream, large));

        largeStream.LargestWrite.Should().BeLessThan(2 * JsonRenderer.FlushThreshold);
        smallStream.LargestWrite.Should().BeLessThan(2 * JsonRenderer.FlushThreshold);
        ((double)largeBytes / smallBytes).Should().BeLessThan(4.8, $"{smallBytes:N0} bytes at n, {largeBytes:N0} at 4n");
        // Flat: the writer's buffer is reused, so writing allocates far less than the document's size.
        largeBytes.Should().BeLessThan(largeStream.Total / 4, $"{largeBytes:N0} bytes allocated for a document of {largeStream.Total:N0}");
    }

    [Fact]
    public void JsonWrite_WrittenInPieces_PiecesMakeOneDocument()
    {
        var incidents = Incidents(400);
        var stream = new RecordingStream(keep: true);
        JsonRenderer.Write(stream, incidents);

        stream.Writes.Should().BeGreaterThan(1);
        using var document = JsonDocument.Parse(stream.Kept.ToArray());
        document.RootElement.GetProperty("incidents").GetArrayLength().Should().Be(400);
        document.RootElement.GetProperty("incidents")[399].GetProperty("id").GetString().Should().Be("t");
    }

    [Fact]
    public void JsonWrite_CancelledMidWrite_ThrowsAndStops()
    {
        var incidents = Incidents(3000);
        var whole = new RecordingStream();
        JsonRenderer.Write(whole, incidents);

        using var cancel = new CancellationTokenSource();
        var stream = new RecordingStream { CancelAfter = (4L * JsonRenderer.FlushThreshold, cancel) };
        var write = () => JsonRenderer.Write(stream, incidents, cancellationToken: cancel.Token);

        write.Should().Throw<OperationCanceledException>();
        stream.Total.Should().BeLessThan(whole.Total / 4, "writing stops at the next report once cancelled");
    }

    [Fact]
    public void JsonWrite_CancelledBefore_WritesNoIncident()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var stream = new RecordingStream();

        var write = () => JsonRenderer.Write(stream, Incidents(3), cancellationToken: cancel.Token);

        write.Should().Throw<OperationCanceledException>();
        stream.Total.Should().BeLessThan(100);
    }

    [Fact]
    public void TableWrite_ValueWithManySources_WrittenInPieces()
    {
        // One figure given by 5,000 reports: one line of the table with 5,000 sources.
        var reports = new List<HostageReports.Extraction.ReportClaims>();
        for (int k = 0; k < 5000; k++)
        {
            reports.Add(Report($"r{k:D5}", Exactly("killed/all", 4, speaker: $"officer {k}")));
        }

        var incident = Incident([.. reports]);
        _ = incident.Facts;
        var writer = new RecordingWriter();

        TableRenderer.Write(writer, [incident]);

        writer.Total.Should().BeGreaterThan(100_000);
        writer.LargestWrite.Should().BeLessThan(200, "a line's sources are written one by one");
        writer.Text.ToString().Should().Contain("[1] officer 0; [2] officer 1; [3] officer 2");
    }

    [Fact]
    public void TableWrite_SameTextAsToText()
    {
        var incidents = Incidents(2);
        var writer = new StringWriter();

        TableRenderer.Write(writer, incidents);

        writer.ToString().ReplaceLineEndings("\n").Should().Be(
            (TableRenderer.ToText(incidents[0]) + Environment.NewLine + TableRenderer.ToText(incidents[1])).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TableWrite_CancelledMidWrite_ThrowsAndStops()
    {
        var incidents = Incidents(2000);
        var whole = new RecordingWriter();
        TableRenderer.Write(whole, incidents);

        using var cancel = new CancellationTokenSource();
        var writer = new RecordingWriter { CancelAfter = (whole.Total / 10, cancel) };
        var write = () => TableRenderer.Write(writer, incidents, cancel.Token);

        write.Should().Throw<OperationCanceledException>();
        writer.Total.Should().BeLessThan(whole.Total / 5);
    }

    /// <summary>A stream that counts what it is given, records its largest single write and may cancel a token once enough has come.</summary>
    private sealed class RecordingStream(bool keep = false) : Stream
    {
        public long Total { get; private set; }

        public int LargestWrite { get; private set; }

        public int Writes { get; private set; }

        public MemoryStream Kept { get; } = new();

        public (long Bytes, CancellationTokenSource Source)? CancelAfter { get; init; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Total;

        public override long Position { get => Total; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Total += buffer.Length;
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            if (keep)
            {
                Kept.Write(buffer);
            }

            if (CancelAfter is { } c && Total >= c.Bytes)
            {
                c.Source.Cancel();
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A text writer that counts what it is given and records its largest single write.</summary>
    private sealed class RecordingWriter : TextWriter
    {
        public long Total { get; private set; }

        public int LargestWrite { get; private set; }

        public StringBuilder Text { get; } = new();

        public (long Chars, CancellationTokenSource Source)? CancelAfter { get; init; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Record([value]);

        public override void Write(string? value) => Record(value);

        public override void Write(char[] buffer, int index, int count) => Record(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Record(buffer);

        private void Record(ReadOnlySpan<char> text)
        {
            Total += text.Length;
            LargestWrite = Math.Max(LargestWrite, text.Length);
            if (Text.Length < 1_000_000)
            {
                Text.Append(text);
            }

            if (CancelAfter is { } c && Total >= c.Chars)
            {
                c.Source.Cancel();
            }
        }
    }
}
