using FluentAssertions;
using HostageReports.Reports;

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
}
