using System.Text;
using FluentAssertions;

namespace HostageReports.Tests.Architecture;

/// <summary>
/// The limits issue 13 set on the library's source, read from the files themselves: no file over 700
/// lines, no method over 80, no <c>using</c> pointing up the layer order (Lexicons/Annotation, Reports,
/// Extraction, Rules, Reconciliation, Rendering), no word list written as C#, and every lexicon file
/// saying its columns in a header comment. Each check lists every offender in its failure message.
/// </summary>
public class LayoutTests
{
    /// <summary>The longest a source file may be.</summary>
    public const int MaxFileLines = 700;

    /// <summary>The longest a member body may be, braces included.</summary>
    public const int MaxMethodLines = 80;

    private static readonly Lazy<string> Root = new(FindRoot);

    private static string Src => Path.Combine(Root.Value, "src");

    private static string Library => Path.Combine(Src, "HostageReports");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HostageReports.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HostageReports.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The source files under a folder, build output skipped.</summary>
    private static IEnumerable<string> SourceFiles(string folder, string pattern = "*.cs") =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(static f => !f.Split(Path.DirectorySeparatorChar).Any(static part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Root.Value, file).Replace('\\', '/');

    [Fact]
    public void SourceFiles_AreFound()
    {
        SourceFiles(Src).Should().HaveCountGreaterThan(50, "the scan must see the library's sources, or every other check passes vacuously");
    }

    [Fact]
    public void SourceFiles_NoneOver700Lines()
    {
        var offenders = LongFiles(SourceFiles(Src).Select(f => (Relative(f), File.ReadAllLines(f))), MaxFileLines);
        offenders.Should().BeEmpty("no .cs file in src/ may be over {0} lines", MaxFileLines);
    }

    [Fact]
    public void Methods_NoneOver80Lines()
    {
        var offenders = SourceFiles(Src)
            .SelectMany(f => LongMembers(File.ReadAllLines(f), MaxMethodLines).Select(m => $"{Relative(f)}:{m.Line} {m.Name} ({m.Length} lines)"))
            .ToList();
        offenders.Should().BeEmpty("no member body in src/ may be over {0} lines", MaxMethodLines);
    }

    /// <summary>A folder of the library and the namespaces above it in the layer order, which it must not use.</summary>
    public static TheoryData<string, string[]> LayerOrder => new()
    {
        { "Lexicons", ["Reports", "Extraction", "Rules", "Reconciliation", "Rendering"] },
        { "Annotation", ["Reports", "Extraction", "Rules", "Reconciliation", "Rendering"] },
        { "Claims", ["Lexicons", "Annotation", "Reports", "Extraction", "Rules", "Reconciliation", "Rendering"] },
        { "Reports", ["Extraction", "Rules", "Reconciliation", "Rendering"] },
        { "Rules", ["Reconciliation", "Rendering"] },
        { "Reconciliation", ["Rendering"] },
    };

    [Theory]
    [MemberData(nameof(LayerOrder))]
    public void Usings_Folder_DoNotPointUpTheLayerOrder(string folder, string[] forbidden)
    {
        var dir = Path.Combine(Library, folder);
        Directory.Exists(dir).Should().BeTrue("the layer table names a folder of the library");
        var offenders = SourceFiles(dir)
            .SelectMany(f => UpwardUsings(File.ReadAllLines(f), forbidden).Select(u => $"{Relative(f)}: {u}"))
            .ToList();
        offenders.Should().BeEmpty("{0} sits below {1} in the layer order", folder, string.Join(", ", forbidden));
    }

    [Fact]
    public void Sources_HoldNoWordListLiterals()
    {
        var offenders = SourceFiles(Src)
            .SelectMany(f => WordLists(File.ReadAllText(f)).Select(w => $"{Relative(f)}: {w}"))
            .ToList();
        offenders.Should().BeEmpty("a word list belongs in a data file under Lexicons/Data/, read through LexiconFile");
    }

    [Fact]
    public void LexiconFiles_StartWithAHeaderComment()
    {
        var files = SourceFiles(Src, "*.tsv").Where(static f => Path.GetFileName(Path.GetDirectoryName(f)) == "Data").ToList();
        files.Should().NotBeEmpty();
        var offenders = files.Where(static f => !StartsWithComment(File.ReadLines(f).FirstOrDefault())).Select(Relative).ToList();
        offenders.Should().BeEmpty("every lexicon says its columns in a '#' comment on its first line");
    }

    // The checks themselves, tried on violations written here, so that none can pass for want of a reading.

    [Fact]
    public void LongFiles_FileOverTheLimit_IsListed()
    {
        var lines = Enumerable.Repeat("// x", MaxFileLines + 1).ToArray();
        LongFiles([("a.cs", lines), ("b.cs", lines[..MaxFileLines])], MaxFileLines).Should().Equal("a.cs (701 lines)");
    }

    [Fact]
    public void LongMembers_BodyOverTheLimit_IsListed()
    {
        var body = Enumerable.Repeat("        Step(\"{\", '}');", MaxMethodLines).ToList();
        string[] file =
        [
            "internal sealed class C(int seed)",
            "{",
            "    public void Long()",
            "    {",
            .. body,
            "    }",
            "",
            "    public int Short(int x)",
            "    {",
            "        return x;",
            "    }",
            "}",
        ];
        LongMembers(file, MaxMethodLines).Select(static m => (m.Name, m.Length)).Should().Equal(("Long", MaxMethodLines + 2));
    }

    [Theory]
    [InlineData("using HostageReports.Rendering;", true)]
    [InlineData("using HostageReports.Rules.Counts;", true)]
    [InlineData("using static HostageReports.Rules.Numbers.QuantityReader;", true)]
    [InlineData("using Json = HostageReports.Rendering.JsonRenderer;", true)]
    [InlineData("using HostageReports.Claims;", false)]
    [InlineData("using HostageReports.RulesOfThumb;", false)]
    [InlineData("// using HostageReports.Rendering;", false)]
    public void UpwardUsings_Line_IsListedWhenItNamesAForbiddenLayer(string line, bool listed)
    {
        UpwardUsings([line], ["Rules", "Rendering"]).Any().Should().Be(listed);
    }

    [Theory]
    [InlineData("x = [\"the\", \"of\", \"and\"];", true)]
    [InlineData("x = new[] { \"jr\", \"sr\", \"ii\", \"iii\" };", true)]
    [InlineData("x = FrozenSet.ToFrozenSet([\"a\", \"an\",\n \"the\"], StringComparer.Ordinal);", true)]
    [InlineData("x = [\"the\", \"of\"];", false)]
    [InlineData("x = [\"Dead\", \"Injured\", \"Missing\"];", false)]
    [InlineData("Call(\"the\", \"of\", \"and\");", false)]
    [InlineData("x = [\"the\", 1, \"and\", \"of\"];", false)]
    public void WordLists_Source_IsListedWhenAnArrayHoldsThreeLowerCaseWords(string source, bool listed)
    {
        WordLists(source).Any().Should().Be(listed);
    }

    [Theory]
    [InlineData("# class\tword", true)]
    [InlineData("aux\twas", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void StartsWithComment_FirstLine_IsAHeaderOnlyWhenItIsAComment(string? first, bool header)
    {
        StartsWithComment(first).Should().Be(header);
    }

    private static List<string> LongFiles(IEnumerable<(string Name, string[] Lines)> files, int limit) =>
        [.. files.Where(f => f.Lines.Length > limit).Select(static f => $"{f.Name} ({f.Lines.Length} lines)")];

    private static bool StartsWithComment(string? first) => first is not null && first.StartsWith('#');

    private static IEnumerable<string> UpwardUsings(IEnumerable<string> lines, string[] forbidden)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (!line.StartsWith("using ", StringComparison.Ordinal) || !line.EndsWith(';'))
            {
                continue;
            }

            var target = line["using ".Length..^1].Trim();
            if (target.StartsWith("static ", StringComparison.Ordinal))
            {
                target = target["static ".Length..].Trim();
            }

            int alias = target.IndexOf('=');
            if (alias >= 0)
            {
                target = target[(alias + 1)..].Trim();
            }

            foreach (var layer in forbidden)
            {
                var ns = "HostageReports." + layer;
                if (target == ns || target.StartsWith(ns + ".", StringComparison.Ordinal))
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>A line with its string, character literals and line comment blanked, so that their braces do not count.</summary>
    private static string Code(string line)
    {
        var code = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                break;
            }

            if (c is '"' or '\'')
            {
                bool verbatim = c == '"' && i > 0 && line[i - 1] == '@';
                int j = i + 1;
                while (j < line.Length && line[j] != c)
                {
                    j += !verbatim && line[j] == '\\' ? 2 : 1;
                }

                code.Append(c).Append(' ', Math.Max(0, Math.Min(j, line.Length) - i - 1)).Append(c);
                i = j;
                continue;
            }

            code.Append(c);
        }

        return code.ToString();
    }

    /// <summary>
    /// The members whose bodies run over <paramref name="limit"/> lines: a line that opens a member (a name
    /// and a parenthesis, no semicolon) followed by a lone '{', read to its matching '}'.
    /// </summary>
    private static List<(string Name, int Line, int Length)> LongMembers(string[] lines, int limit)
    {
        var found = new List<(string, int, int)>();
        var code = lines.Select(Code).ToArray();
        for (int i = 0; i + 1 < code.Length; i++)
        {
            var head = code[i].Trim();
            if (code[i + 1].Trim() != "{" || !head.Contains('(') || head.EndsWith(';') || IsTypeDeclaration(head)
                || head.StartsWith("if ", StringComparison.Ordinal) || head.StartsWith("if(", StringComparison.Ordinal)
                || head.StartsWith("for", StringComparison.Ordinal) || head.StartsWith("while", StringComparison.Ordinal)
                || head.StartsWith("switch", StringComparison.Ordinal) || head.StartsWith("else", StringComparison.Ordinal)
                || head.StartsWith("using", StringComparison.Ordinal) || head.StartsWith("catch", StringComparison.Ordinal)
                || head.StartsWith("lock", StringComparison.Ordinal) || head.StartsWith("fixed", StringComparison.Ordinal))
            {
                continue;
            }

            int depth = 0, end = i + 1;
            for (; end < code.Length; end++)
            {
                depth += code[end].Count(static c => c == '{') - code[end].Count(static c => c == '}');
                if (depth <= 0)
                {
                    break;
                }
            }

            int length = end - i;
            if (length > limit)
            {
                var name = head[..head.IndexOf('(')].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? head;
                found.Add((name, i + 1, length));
            }
        }

        return found;
    }

    /// <summary>True when a line declares a type (a primary constructor's parenthesis is no method's).</summary>
    private static bool IsTypeDeclaration(string head) =>
        $" {head}".Contains(" class ", StringComparison.Ordinal) || $" {head}".Contains(" struct ", StringComparison.Ordinal)
        || $" {head}".Contains(" record ", StringComparison.Ordinal) || $" {head}".Contains(" interface ", StringComparison.Ordinal);

    /// <summary>
    /// The arrays and collection expressions of three or more lower-case string literals and nothing else:
    /// the shape a word list takes when it is written as C#.
    /// </summary>
    private static IEnumerable<string> WordLists(string source)
    {
        for (int open = source.IndexOfAny(['[', '{']); open >= 0; open = source.IndexOfAny(['[', '{'], open + 1))
        {
            char close = source[open] == '[' ? ']' : '}';
            int words = 0, i = open + 1;
            var first = new StringBuilder();
            while (true)
            {
                while (i < source.Length && char.IsWhiteSpace(source[i]))
                {
                    i++;
                }

                if (i >= source.Length || source[i] != '"')
                {
                    break;
                }

                int end = source.IndexOf('"', i + 1);
                if (end < 0)
                {
                    break;
                }

                var literal = source[(i + 1)..end];
                if (literal.Length == 0 || !char.IsLower(literal[0]) || literal.Any(static c => !(char.IsLetter(c) || c is ' ' or '-' or '\'')))
                {
                    words = 0;
                    break;
                }

                words++;
                if (first.Length < 40)
                {
                    first.Append(first.Length > 0 ? ", " : string.Empty).Append(literal);
                }

                i = end + 1;
                while (i < source.Length && char.IsWhiteSpace(source[i]))
                {
                    i++;
                }

                if (i < source.Length && source[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i >= source.Length || source[i] != close)
                {
                    words = 0;
                }

                break;
            }

            if (words >= 3)
            {
                yield return $"[{first}...] ({words} words)";
            }
        }
    }
}
