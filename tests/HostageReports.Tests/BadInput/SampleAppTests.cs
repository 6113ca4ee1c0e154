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
}
