using FluentAssertions;
using HostageReports.Reports;
using HostageReports.Tests.BadInput;
using Microsoft.Extensions.Logging;

namespace HostageReports.Tests.Reports;

public sealed class ReadManyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hr-many-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ReadFiles_MixOfGoodAndBad_GivesOneResultPerPathInOrder()
    {
        string good = Write("b.txt", "Two were hurt.");
        string empty = Write("a.txt", "");
        string missing = Path.Combine(_folder, "missing.txt");

        var results = ReportReader.ReadFiles([good, empty, missing]);

        results.Select(r => r.Succeeded).Should().Equal(true, false, false);
        results[0].Report!.Id.Should().Be("b");
        results[1].Error!.Kind.Should().Be(ReportErrorKind.Empty);
        results[2].Error!.Kind.Should().Be(ReportErrorKind.NotFound);
        results[2].Error!.Message.Should().Contain(missing);
    }

    [Fact]
    public void ReadFolder_MixedFiles_ReadsOnlyReportsInNameOrder()
    {
        Write("b.txt", "Two were hurt.");
        Write("a.html", "<p>One died.</p><p>Police came.</p>");
        Write("notes.json", "{}");
        Write("photo.jpg", "\u0001\u0002");
        Write(".hidden.txt", "Hidden.");
        Write("README", "Not a report.");
        Directory.CreateDirectory(Path.Combine(_folder, "sub.txt"));

        var results = ReportReader.ReadFolder(_folder);

        results.Select(r => r.Report!.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void ReadFolder_Missing_GivesOneErrorNamingIt()
    {
        string missing = Path.Combine(_folder, "nope");

        var results = ReportReader.ReadFolder(missing);

        results.Should().ContainSingle().Which.Error!.Kind.Should().Be(ReportErrorKind.NotFound);
        results[0].Error!.Message.Should().Contain(missing);
    }

    [Fact]
    public void ReadFile_AFolder_IsUnreadableAndSaysSo()
    {
        var result = ReportReader.ReadFile(_folder);

        result.Error!.Kind.Should().Be(ReportErrorKind.Unreadable);
        result.Error.Message.Should().Contain("folder");
    }

    [Fact]
    public void ReadFile_LockedFile_IsUnreadableNotAnException()
    {
        string path = Write("locked.txt", "Two were hurt.");
        using var locked = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var result = ReportReader.ReadFile(path);

        result.Error!.Kind.Should().Be(ReportErrorKind.Unreadable);
        result.Error.Message.Should().Contain(path);
    }

    [Fact]
    public void ReadFiles_CancelledToken_ThrowsOperationCanceled()
    {
        string good = Write("a.txt", "Two were hurt.");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => ReportReader.ReadFiles([good], cancel.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ReadFiles_CancelledMidway_Throws()
    {
        string[] paths = [Write("a.txt", "One."), Write("b.txt", "Two.")];
        using var cancel = new CancellationTokenSource();

        var act = () => ReportReader.ReadFiles(Paths(), cancel.Token);

        act.Should().Throw<OperationCanceledException>();

        IEnumerable<string> Paths()
        {
            yield return paths[0];
            cancel.Cancel();
            yield return paths[1];
        }
    }

    [Fact]
    public async Task ReadFilesAsync_Files_StreamsResultsInOrder()
    {
        string[] paths = [Write("b.txt", "Two were hurt."), Write("a.txt", " "), Path.Combine(_folder, "none.txt")];
        var kinds = new List<ReportErrorKind?>();

        await foreach (var result in ReportReader.ReadFilesAsync(paths))
        {
            kinds.Add(result.Error?.Kind);
        }

        kinds.Should().Equal(null, ReportErrorKind.Empty, ReportErrorKind.NotFound);
    }

    [Fact]
    public async Task ReadFolderAsync_MixedAndMissingFolders_StreamReportsOrOneError()
    {
        Write("b.txt", "Two were hurt.");
        Write("a.htm", "<p>One died.</p><p>Police came.</p>");
        Write("c.json", "{}");
        var ids = new List<string>();
        var missing = new List<ReportErrorKind>();

        await foreach (var result in ReportReader.ReadFolderAsync(_folder))
        {
            ids.Add(result.Report!.Id);
        }

        await foreach (var result in ReportReader.ReadFolderAsync(Path.Combine(_folder, "none")))
        {
            missing.Add(result.Error!.Kind);
        }

        ids.Should().Equal("a", "b");
        missing.Should().Equal(ReportErrorKind.NotFound);
    }

    [Fact]
    public async Task ReadFilesAsync_CancelledToken_ThrowsOperationCanceled()
    {
        string good = Write("a.txt", "Two were hurt.");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var act = async () =>
        {
            await foreach (var _ in ReportReader.ReadFilesAsync([good], cancellationToken: cancel.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void ReadFile_FileOverTheLimit_IsTooLargeWithoutReadingIt()
    {
        string path = Write("big.txt", new string('x', 2048));

        var result = ReportReader.ReadFile(path, new ReportReaderOptions { MaxBytes = 1024 });

        result.Error!.Kind.Should().Be(ReportErrorKind.TooLarge);
        result.Error.Message.Should().Contain(path).And.Contain("2,048").And.Contain("1,024");
    }

    [UnixFact]
    public void ReadFolder_LinksToDevicesAFifoAndASocket_GivesAnErrorOfTheirKindEachAndReadsTheRest()
    {
        Write("good.txt", "Two were hurt.");
        File.CreateSymbolicLink(Path.Combine(_folder, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(_folder, "random.txt"), "/dev/urandom");
        string fifo = SpecialFiles.MakeFifo(Path.Combine(_folder, "pipe.txt"));
        using var socket = SpecialFiles.MakeSocket(Path.Combine(_folder, "socket.txt"));

        var results = SpecialFiles.WithoutOpening(() => ReportReader.ReadFolder(_folder), fifo);

        results.Select(r => (r.Report?.Id ?? r.Error!.ReportId, r.Error?.Kind)).Should().Equal(
            ("good", null), ("pipe", ReportErrorKind.Fifo), ("random", ReportErrorKind.Device),
            ("socket", ReportErrorKind.Socket), ("zero", ReportErrorKind.Device));
        results.Where(r => !r.Succeeded).Should().OnlyContain(r => r.Error!.Message.Contains(r.Error.Path!, StringComparison.Ordinal)
            && r.Error.Message.Contains("not a report file", StringComparison.Ordinal));
        results[4].Error!.Message.Should().Contain("/dev/zero", "a link's error names its target");
    }

    [UnixFact]
    public async Task ReadFileAsync_DeviceAndFifo_AreErrorsOfTheirKindWithoutOpening()
    {
        string fifo = SpecialFiles.MakeFifo(Path.Combine(_folder, "pipe.txt"));

        var device = await ReportReader.ReadFileAsync("/dev/zero");
        var pipe = SpecialFiles.WithoutOpening(() => ReportReader.ReadFileAsync(fifo).GetAwaiter().GetResult(), fifo);

        device.Error!.Kind.Should().Be(ReportErrorKind.Device);
        pipe.Error!.Kind.Should().Be(ReportErrorKind.Fifo);
    }

    [UnixFact]
    public void ReadFile_LinkToAFileOverTheLimit_IsTooLargeByTheTargetsSize()
    {
        string big = Write("big.data", new string('x', 2048));
        string link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, big);

        var result = ReportReader.ReadFile(link, new ReportReaderOptions { MaxBytes = 1024 });

        result.Error!.Kind.Should().Be(ReportErrorKind.TooLarge);
        result.Error.Message.Should().Contain("2,048");
    }

    [UnixFact]
    public void ReadFile_LinkToNothing_IsNotFoundAndNamesTheTarget()
    {
        string link = Path.Combine(_folder, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(_folder, "nowhere.txt"));

        var result = ReportReader.ReadFile(link);

        result.Error!.Kind.Should().Be(ReportErrorKind.NotFound);
        result.Error.Message.Should().Contain("nowhere.txt");
    }

    [Fact]
    public void ReadFile_EmptyFile_IsEmptyWithoutReadingIt()
    {
        string path = Write("empty.txt", "");

        ReportReader.ReadFile(path).Error!.Kind.Should().Be(ReportErrorKind.Empty);
    }

    [Theory]
    [InlineData(10, 100, 10, 10, 10)]    // the length the file had: read into an array of that length, no more
    [InlineData(10, 100, 0, 0, 10)]      // shrank: what is there
    [InlineData(10, 100, 50, 50, 100)]   // grew, under the limit: all of it, in an array grown up to the limit
    [InlineData(10, 1_000_000, 50, 50, 4096)]
    [InlineData(10, 100, 100, 100, 100)] // grew to the limit exactly: all of it
    [InlineData(10, 100, 101, 101, 100)] // grew past the limit: one byte over says so, and no more is held
    [InlineData(10, 100, 100_000, 101, 100)]
    [InlineData(0, 100, 100_000, 101, 100)] // a length of 0 (what a device says): never more than the limit
    public void ReadAtMost_StreamLongerOrShorterThanItsLength_HoldsAtMostTheLimit(long expected, long max, int actual, int count, int capacity)
    {
        using var stream = new MemoryStream(new byte[actual]);

        var (bytes, read) = ReportReader.ReadAtMost(stream, expected, max);

        read.Should().Be(count);
        bytes.Length.Should().Be(capacity);
    }

    [Fact]
    public void ReadFiles_OneNameInTwoFolders_KeepsBothUnderTheirPathsFromTheSharedFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "a"));
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        string a = Write("a/story.txt", "Two were killed.");
        string b = Write("b/story.txt", "Three were killed.");
        string other = Write("other.txt", "One was hurt.");

        var results = ReportReader.ReadFiles([a, b, other]);

        results.Select(r => r.Report!.Id).Should().Equal("a/story", "b/story", "other");
    }

    [Fact]
    public void ReadFolder_OneNameWithTwoExtensions_KeepsBothWithTheirExtensions()
    {
        Write("r.txt", "Two were killed.");
        Write("r.html", "<p>Five were killed.</p><p>Police came.</p>");
        Write("s.txt", "One was hurt.");

        var results = ReportReader.ReadFolder(_folder);

        results.Select(r => r.Report!.Id).Should().Equal("r.html", "r.txt", "s");
    }

    [Fact]
    public void ReadFiles_OneFileNamedTwice_ReadsItOnceAndRefusesTheSecond()
    {
        string path = Write("story.txt", "Two were killed.");
        string again = Path.Combine(_folder, ".", "story.txt");

        var results = ReportReader.ReadFiles([path, again]);

        results[0].Report!.Id.Should().Be("story");
        results[1].Error!.Kind.Should().Be(ReportErrorKind.DuplicateId);
        results[1].Error!.Message.Should().Contain(again).And.Contain("more than once");
    }

    [Fact]
    public void ReadFolder_NameThatIsAnothersIdWithItsExtension_RefusesTheLaterOne()
    {
        Write("r.txt", "Two were killed.");
        Write("r.html", "<p>Five were killed.</p><p>Police came.</p>");
        Write("r.txt.html", "<p>Six were killed.</p><p>Police came.</p>");

        var results = ReportReader.ReadFolder(_folder);

        results.Select(r => r.Report?.Id).Should().Equal("r.html", "r.txt", null);
        results[2].Error!.Kind.Should().Be(ReportErrorKind.DuplicateId);
        results[2].Error!.Message.Should().Contain("r.txt.html").And.Contain("'r.txt'");
    }

    [Theory]
    [InlineData(new[] { "x/a.txt", "x/b.txt" }, new[] { "a", "b" })]                               // unique names: plain
    [InlineData(new[] { "x/a.txt", "y/b.html" }, new[] { "a", "b" })]
    [InlineData(new[] { "a/story.txt", "b/story.txt" }, new[] { "a/story", "b/story" })]
    [InlineData(new[] { "a/story.txt", "a/b/story.txt" }, new[] { "story", "b/story" })]
    [InlineData(new[] { "p/a/story.txt", "q/a/story.txt" }, new[] { "p/a/story", "q/a/story" })]
    [InlineData(new[] { "x/r.txt", "x/r.html", "x/s.txt" }, new[] { "r.txt", "r.html", "s" })]
    [InlineData(new[] { "a/r.txt", "b/r.html" }, new[] { "a/r", "b/r" })]
    [InlineData(new[] { "a/r.txt", "a/r.html", "b/r.txt" }, new[] { "a/r.txt", "a/r.html", "b/r" })]
    [InlineData(new[] { "x/story.txt", "x/./story.txt" }, new[] { "story", "story" })]             // one file: one id, the second refused
    public void IdsOf_FilesReadTogether_AreUniqueWhereTheirPathsAllow(string[] relative, string[] ids)
    {
        var paths = relative.Select(r => Path.Combine(_folder, r)).ToArray();

        ReportReader.IdsOf(paths).Should().Equal(ids);
    }

    [Fact]
    public void ReadFile_RepairedText_TheReportCarriesTheWarningsAndTheResultNamesTheFile()
    {
        string path = Write("page.html", "<p>Two were hurt.</p><p>Police came.</p>");
        var logger = new ListLogger();

        var result = ReportReader.ReadFile(path, new ReportReaderOptions { Logger = logger });

        result.Report!.Warnings.Should().ContainSingle().Which.Should().StartWith("HTML markup was stripped");
        result.Warnings.Should().Equal($"{path}: {result.Report.Warnings[0]}");
        logger.Lines.Should().Equal($"Warning: Report page: {result.Warnings[0]}");
    }

    [Fact]
    public void ReadFile_PlainText_HasNoWarningsAndLogsNothing()
    {
        string path = Write("plain.txt", "Two were hurt.");
        var logger = new ListLogger();

        var result = ReportReader.ReadFile(path, new ReportReaderOptions { Logger = logger });

        result.Report!.Warnings.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
        logger.Lines.Should().BeEmpty();
    }

    [Fact]
    public void ReportWarnings_ReadOnly_CannotBeChangedThroughACast()
    {
        string path = Write("page.html", "<p>Two were hurt.</p><p>Police came.</p>");

        var warnings = ReportReader.ReadFile(path).Report!.Warnings;

        warnings.Should().NotBeAssignableTo<string[]>().And.NotBeAssignableTo<List<string>>();
        ((ICollection<string>)warnings).IsReadOnly.Should().BeTrue();
    }

    /// <summary>Keeps what is logged as "Level: message" lines.</summary>
    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
