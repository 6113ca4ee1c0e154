using System.Text;
using System.Text.Json;
using FluentAssertions;
using HostageReports.Sample;

namespace HostageReports.Tests.BadInput;

/// <summary>The sample app on bad input: one error line per bad report, the rest processed, and its exit codes.</summary>
public sealed class SampleAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hr-app-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private static (int Code, string Output, string[] Errors) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int code = App.Run(args, output, errors, CancellationToken.None);
        return (code, Encoding.UTF8.GetString(output.ToArray()), errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Run_AllReportsGood_ExitsZeroWithNoErrors()
    {
        Write("a.txt", "Two were hurt."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().BeEmpty();
        JsonDocument.Parse(output).RootElement.GetProperty("incidents")[0].GetProperty("reports").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void Run_FolderWithBadReports_WritesOneLinePerBadReportAndProcessesTheRest()
    {
        Write("a.txt", "Two were hurt."u8.ToArray());
        Write("b.txt", []);
        Write("c.txt", [0, 1, 2, 3, 0, 0, 0, 9, 0, 0xFF]);
        Write("d.html", "<p>One died.</p><p>Police came.</p>"u8.ToArray());
        Write("e.txt", "   \n\t"u8.ToArray());
        Write("notes.json", "{}"u8.ToArray());
        string missing = Path.Combine(_folder, "missing.txt");

        var (code, output, errors) = Run("--format", "json", _folder, missing);

        code.Should().Be(App.SomeUnread);
        errors.Should().HaveCount(4).And.OnlyContain(line => line.StartsWith("error: ", StringComparison.Ordinal));
        errors.Should().Contain(l => l.Contains("b.txt", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("c.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("e.txt", StringComparison.Ordinal))
            .And.Contain(l => l.Contains(missing, StringComparison.Ordinal));
        var reports = JsonDocument.Parse(output).RootElement.GetProperty("incidents")[0].GetProperty("reports");
        reports.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("a", "d");
    }

    [Theory]
    [InlineData("--format")]
    [InlineData("--format", "xml", "x")]
    [InlineData("--nope", "x")]
    [InlineData]
    public void Run_BadArguments_ExitsTwoWithUsageOnErrors(params string[] args)
    {
        var (code, output, errors) = Run(args);

        code.Should().Be(App.BadArguments);
        output.Should().BeEmpty();
        errors[0].Should().StartWith("error: ");
        string.Join('\n', errors).Should().Contain("usage:");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Run_Help_PrintsUsageAndExitsZero(string flag)
    {
        var (code, output, errors) = Run(flag);

        code.Should().Be(App.Ok);
        output.Should().Contain("usage:").And.Contain("exit status");
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Run_Cancelled_ExitsWithTheCancelledStatus()
    {
        Write("a.txt", "Two were hurt."u8.ToArray());
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var errors = new StringWriter();

        int code = App.Run([_folder], Stream.Null, errors, cancel.Token);

        code.Should().Be(App.Cancelled);
        errors.ToString().Should().Contain("cancelled");
    }

    [UnixFact]
    public void Run_FolderWithAGoodReportALinkToDevZeroAndAFifo_TwoErrorLinesKeepsTheGoodReportExitsOne()
    {
        Write("good.txt", "Two were hurt."u8.ToArray());
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        string fifo = SpecialFiles.MakeFifo(Path.Combine(_folder, "pipe.txt"));

        var (code, output, errors) = SpecialFiles.WithoutOpening(() => Run("--format", "json", _folder), fifo);

        code.Should().Be(App.SomeUnread);
        errors.Should().HaveCount(2).And.OnlyContain(l => l.StartsWith("error: ", StringComparison.Ordinal));
        errors.Should().Contain(l => l.Contains("pipe.txt", StringComparison.Ordinal) && l.Contains("FIFO", StringComparison.Ordinal))
            .And.Contain(l => l.Contains("zero.txt", StringComparison.Ordinal) && l.Contains("/dev/zero", StringComparison.Ordinal) && l.Contains("device", StringComparison.Ordinal));
        ReportIds(output).Should().Equal("good");
    }

    [Fact]
    public void Run_TwoFilesOfOneNameInTwoFolders_KeepsBothFiguresUnderTheirPaths()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "a"));
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        string a = Write("a/story.txt", "Two people were killed in the attack."u8.ToArray());
        string b = Write("b/story.txt", "Three people were killed in the attack."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", a, b);

        code.Should().Be(App.Ok);
        errors.Should().BeEmpty();
        ReportIds(output).Should().Equal("a/story", "b/story");
        var killed = Incidents(output)[0].GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "killed/all");
        killed.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetInt64()).Should().BeEquivalentTo([2L, 3L]);
    }

    [Fact]
    public void Run_TwoFoldersOfOneName_TwoIncidentsUnderDistinctIdsWithAWarning()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "2019", "shooting"));
        Directory.CreateDirectory(Path.Combine(_folder, "2020", "shooting"));
        Write("2019/shooting/story.txt", "Two people were killed in the attack."u8.ToArray());
        Write("2020/shooting/story.txt", "Three people were killed in the attack."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", Path.Combine(_folder, "2019", "shooting"), Path.Combine(_folder, "2020", "shooting"));

        code.Should().Be(App.Ok);
        string?[] ids = [.. Incidents(output).Select(i => i.GetProperty("id").GetString())];
        ids.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        ids[0].Should().Be("shooting");
        ids[1].Should().EndWith("2020/shooting");
        errors.Should().ContainSingle().Which.Should().StartWith("warning: ").And.Contain("'shooting'");
    }

    [Fact]
    public void Run_OneNameWithTwoExtensionsInAFolder_KeepsBothWithTheirExtensions()
    {
        Write("r.txt", "Two people were killed."u8.ToArray());
        Write("r.html", "<p>Five people were killed.</p><p>Police came.</p>"u8.ToArray());
        Write("s.txt", "One person was hurt."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().BeEmpty();
        ReportIds(output).Should().Equal("r.html", "r.txt", "s");
    }

    [Fact]
    public void Run_OneFileNamedTwice_ReadsItOnceWithAnErrorLineAndExitsOne()
    {
        string path = Write("story.txt", "Two people were killed."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", path, Path.Combine(_folder, ".", "story.txt"));

        code.Should().Be(App.SomeUnread);
        errors.Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain("more than once");
        ReportIds(output).Should().Equal("story");
    }

    [Fact]
    public void Run_SubfolderBesideReports_WarnsNamingItAndExitsZero()
    {
        Write("a.txt", "Two were hurt."u8.ToArray());
        Directory.CreateDirectory(Path.Combine(_folder, "later"));
        Write("later/b.txt", "One died."u8.ToArray());
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));

        var (code, output, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().ContainSingle().Which.Should().StartWith("warning: ").And.Contain("later").And.Contain("not read").And.NotContain(".git");
        ReportIds(output).Should().Equal("a");
    }

    [Fact]
    public void Run_FolderOfFoldersWithOneHoldingNoReports_WarnsAndReadsTheOthers()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "one"));
        Directory.CreateDirectory(Path.Combine(_folder, "two"));
        Write("one/a.txt", "Two were hurt."u8.ToArray());
        Write("two/notes.json", "{}"u8.ToArray());

        var (code, output, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().ContainSingle().Which.Should().StartWith("warning: ").And.Contain("two").And.Contain("no reports");
        Incidents(output).Select(i => i.GetProperty("id").GetString()).Should().Equal("one");
    }

    [Fact]
    public void Run_FolderOfFoldersOnly_GivesNoWarning()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "one"));
        Directory.CreateDirectory(Path.Combine(_folder, "two"));
        Write("one/a.txt", "Two were hurt."u8.ToArray());
        Write("two/b.txt", "One died."u8.ToArray());

        var (code, _, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Run_RepairedReport_WritesItsWarningsInTheJsonOnlyForIt()
    {
        Write("latin.txt", [.. "Police in San Jos"u8, 0xE9, .. " said two were hurt."u8]);
        Write("plain.txt", "One died."u8.ToArray());

        var (code, output, errors) = Run("--format", "json", _folder);

        code.Should().Be(App.Ok);
        errors.Should().BeEmpty("warnings are printed with --verbose only");
        var reports = Incidents(output)[0].GetProperty("reports");
        reports[0].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().ContainSingle().Which.Should().Contain("Windows-1252");
        reports[1].TryGetProperty("warnings", out _).Should().BeFalse();
    }

    [Fact]
    public void Run_VerboseWithARepairedReport_PrintsAWarningLineByReportId()
    {
        Write("page.html", "<p>Two were hurt.</p><p>Police came.</p>"u8.ToArray());
        Write("plain.txt", "One died."u8.ToArray());

        var (code, _, errors) = Run("--verbose", _folder);

        code.Should().Be(App.Ok);
        errors.Should().ContainSingle().Which.Should().StartWith("warning: page: HTML markup was stripped");
    }

    [Theory]
    [InlineData("Reading", 1)]      // the n-th time the phase begins: between files, reports, incidents
    [InlineData("Reading", 2)]
    [InlineData("Extracting", 1)]
    [InlineData("Extracting", 2)]
    [InlineData("Reconciling", 1)]
    [InlineData("Reconciling", 2)]
    [InlineData("Rendering", 1)]
    [InlineData("Rendering", 2)]
    public void Run_CancelledWhenAPhaseBegins_StopsThereAndExitsWithTheCancelledStatus(string phaseName, int occurrence)
    {
        var phase = Enum.Parse<RunPhase>(phaseName);
        foreach (string incident in new[] { "one", "two" })
        {
            Directory.CreateDirectory(Path.Combine(_folder, incident));
            Write($"{incident}/a.txt", "Two people were killed."u8.ToArray());
            Write($"{incident}/b.txt", "Three people were killed."u8.ToArray());
        }

        using var cancel = new CancellationTokenSource();
        var seen = new List<RunPhase>();
        int count = 0;
        using var errors = new StringWriter();

        int code = App.Run(["--format", "json", _folder], Stream.Null, errors, p =>
        {
            seen.Add(p);
            if (p == phase && ++count == occurrence)
            {
                cancel.Cancel();
            }
        }, cancel.Token);

        code.Should().Be(App.Cancelled);
        errors.ToString().Should().Contain("cancelled.");
        seen[^1].Should().Be(phase, "nothing runs after the step that saw the token cancelled");
        seen.Count(p => p == phase).Should().Be(occurrence);
    }

    [Fact]
    public void Run_NotCancelled_GoesThroughEveryPhaseInOrder()
    {
        Write("a.txt", "Two were hurt."u8.ToArray());
        var seen = new List<RunPhase>();

        int code = App.Run([_folder], Stream.Null, TextWriter.Null, seen.Add, CancellationToken.None);

        code.Should().Be(App.Ok);
        seen.Should().Equal(RunPhase.Reading, RunPhase.Extracting, RunPhase.Reading, RunPhase.Reconciling, RunPhase.Rendering);
    }

    [Theory]
    [InlineData(false, "--format", "json")]
    [InlineData(false, "--format", "table")]
    [InlineData(false, "--help")]
    [InlineData(true, "--format", "json")]  // a buffered output that fails only when flushed
    [InlineData(true, "--format", "table")]
    [InlineData(true, "--help")]
    public void Run_OutputThatCannotBeWritten_OneErrorLineAndExitsOne(bool failsOnFlush, params string[] args)
    {
        Write("a.txt", "Two were hurt."u8.ToArray());
        using var errors = new StringWriter();

        int code = App.Run([.. args, _folder], new FullDisk(failsOnFlush), errors, CancellationToken.None);

        code.Should().Be(App.OutputFailed);
        errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().Be("error: the output could not be written (No space left on device).");
    }

    [Fact]
    public void Run_OutputToDevFull_OneErrorLineAndExitsOne()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Linux only; the test above covers every system with a stream that fails alike
        }

        Write("a.txt", "Two were hurt."u8.ToArray());
        using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0); // as standard output: unbuffered
        using var errors = new StringWriter();

        int code = App.Run([_folder], full, errors, CancellationToken.None);

        code.Should().Be(App.OutputFailed);
        errors.ToString().Should().StartWith("error: the output could not be written (");
    }

    private static JsonElement[] Incidents(string output) =>
        [.. JsonDocument.Parse(output).RootElement.GetProperty("incidents").EnumerateArray()];

    private static string?[] ReportIds(string output) =>
        [.. Incidents(output).SelectMany(i => i.GetProperty("reports").EnumerateArray()).Select(r => r.GetProperty("id").GetString())];

    /// <summary>An output whose every write (or, buffered, every flush of what was written) fails as a full disk's does.</summary>
    private sealed class FullDisk(bool failsOnFlush) : Stream
    {
        private long _buffered;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            if (_buffered > 0)
            {
                throw new IOException("No space left on device");
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!failsOnFlush)
            {
                throw new IOException("No space left on device");
            }

            _buffered += count;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
