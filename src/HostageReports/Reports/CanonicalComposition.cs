using System.Buffers;
using System.Globalization;
using System.Text;
using HostageReports.Lexicons;

namespace HostageReports.Reports;

/// <summary>
/// Composes decomposed accents (NFD, as some editors and macOS file names write them: "Jose" and a
/// combining acute) into the letters the lexicons and rules read ("José"), as Unicode's canonical
/// composition (NFC) does. <see cref="string.Normalize()"/> cannot be used: under
/// <c>InvariantGlobalization</c>, which this library and many apps set, it returns its input unchanged.
/// </summary>
/// <remarks>
/// <para>The library's own table (<c>Data/compositions.tsv</c>, generated from Python's unicodedata by
/// <c>Data/compositions.py</c>) holds the compositions of the combining diacritical marks
/// U+0300-U+036F, which accent Latin, Greek and Cyrillic letters, and the combining class of every
/// mark. A cluster (a letter and the marks after it) is decomposed, its marks put in canonical order
/// and composed again, as NFC does: several marks on one letter ("ệ" as e, dot below, circumflex)
/// compose in canonical order; a mark with no precomposed letter ("x" and an acute), a mark with no
/// letter before it, or marks of other blocks stay as they are.</para>
/// <para>Text without such a mark, nearly all news text, is returned as it is (the same instance)
/// after one vectorised search, and the table is not even loaded. Linear in the text's length:
/// a long run of marks is sorted in O(n log n) at worst and composed in one pass.</para>
/// </remarks>
internal static class CanonicalComposition
{
    /// <summary>The combining diacritical marks: the block whose marks compose with Latin, Greek and Cyrillic letters.</summary>
    private static readonly SearchValues<char> DiacriticalMarks = SearchValues.Create(MarksOfBlock());

    /// <summary>The text in canonical composition, or the same instance when it holds no combining diacritical mark or none that changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The composed text.</returns>
    public static string Compose(string text)
    {
        int first = text.AsSpan().IndexOfAny(DiacriticalMarks);
        return first < 0 ? text : Table.Instance.Compose(text, first);
    }

    private static char[] MarksOfBlock()
    {
        var marks = new char[0x70];
        for (int k = 0; k < marks.Length; k++)
        {
            marks[k] = (char)(0x0300 + k);
        }

        return marks;
    }

    /// <summary>The compositions, decompositions and combining classes, read once from the embedded data when first needed.</summary>
    private sealed class Table
    {
        public static readonly Table Instance = new("HostageReports.Reports.compositions.tsv");

        /// <summary>Clusters up to this many characters (decomposed) are worked on the stack.</summary>
        private const int StackCluster = 64;

        /// <summary>The canonical combining class of every BMP character (0 for starters).</summary>
        private readonly byte[] classes = new byte[0x10000];

        /// <summary>First and second character (first &lt;&lt; 16 | second) to their primary composite.</summary>
        private readonly Dictionary<int, char> composites = [];

        /// <summary>A character to its canonical decomposition, one step (one or two characters).</summary>
        private readonly Dictionary<char, string> decompositions = [];

        /// <summary>The most characters one character's full decomposition has.</summary>
        private readonly int longestDecomposition = 1;

        private Table(string resource)
        {
            foreach (string line in LexiconFile.Lines(resource))
            {
                var cells = line.Split('\t');
                if (cells.Length != 3)
                {
                    throw new InvalidDataException($"{resource}: expected 3 columns in '{line}'.");
                }

                switch (cells[0])
                {
                    case "c":
                    case "d":
                        char c = Hex(cells[1]);
                        string parts = string.Concat(cells[2].Split(' ').Select(static p => Hex(p)));
                        decompositions[c] = parts;
                        if (cells[0] == "c")
                        {
                            composites[(parts[0] << 16) | parts[1]] = c;
                        }

                        break;
                    case "m":
                        var range = cells[1].Split('-');
                        byte cls = byte.Parse(cells[2], CultureInfo.InvariantCulture);
                        for (int k = Hex(range[0]); k <= Hex(range[1]); k++)
                        {
                            classes[k] = cls;
                        }

                        break;
                    default:
                        throw new InvalidDataException($"{resource}: unknown kind of line '{line}'.");
                }
            }

            Span<char> scratch = stackalloc char[16];
            foreach (char c in decompositions.Keys)
            {
                longestDecomposition = Math.Max(longestDecomposition, Decompose(c, scratch));
            }
        }

        private static char Hex(string text) => (char)int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        /// <summary>Composes every cluster from the one holding the mark at <paramref name="at"/> on.</summary>
        public string Compose(string text, int at)
        {
            StringBuilder? result = null;
            int copied = 0; // text before this offset is in result
            int done = 0; // clusters before this offset are composed
            Span<char> stack = stackalloc char[StackCluster];
            while (at >= 0)
            {
                if (classes[text[at]] == 0)
                {
                    at = Next(text, at + 1); // the block's one starter, the grapheme joiner: it keeps marks apart
                    continue;
                }

                // The marks around this one; the clusters before ended at a starter, so they stop at done.
                int runStart = at;
                while (runStart > done && classes[text[runStart - 1]] != 0)
                {
                    runStart--;
                }

                int runEnd = at + 1;
                while (runEnd < text.Length && classes[text[runEnd]] != 0)
                {
                    runEnd++;
                }

                // The letter the marks belong to, the starter before them; none at the text's start.
                int start = runStart > done ? runStart - 1 : runStart;
                var cluster = text.AsSpan(start, runEnd - start);
                int room = longestDecomposition * cluster.Length;
                char[]? rented = null;
                Span<char> buffer = room <= StackCluster ? stack : (rented = ArrayPool<char>.Shared.Rent(room));
                int length = ComposeCluster(cluster, hasStarter: classes[cluster[0]] == 0, buffer);
                if (!buffer[..length].SequenceEqual(cluster))
                {
                    result ??= new StringBuilder(text.Length);
                    result.Append(text, copied, start - copied).Append(buffer[..length]);
                    copied = runEnd;
                }

                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                done = runEnd;
                at = Next(text, runEnd);
            }

            return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
        }

        private static int Next(string text, int from)
        {
            if (from >= text.Length)
            {
                return -1;
            }

            int k = text.AsSpan(from).IndexOfAny(DiacriticalMarks);
            return k < 0 ? -1 : from + k;
        }

        /// <summary>
        /// One cluster (a starter, when <paramref name="hasStarter"/>, then non-starters) decomposed,
        /// its marks stably sorted by combining class, and composed again: a mark joins the starter
        /// when they have a composite and no mark left between them has the same or a higher class.
        /// </summary>
        private int ComposeCluster(ReadOnlySpan<char> cluster, bool hasStarter, Span<char> output)
        {
            int length = 0;
            foreach (char c in cluster)
            {
                length += Decompose(c, output[length..]);
            }

            // A decomposed starter comes first, its marks after it; only the marks are ordered.
            int marksFrom = hasStarter && classes[output[0]] == 0 ? 1 : 0;
            SortByClass(output[marksFrom..length]);
            if (marksFrom == 0)
            {
                return length;
            }

            char starter = output[0];
            int kept = 1;
            int lastClass = 0;
            for (int k = 1; k < length; k++)
            {
                char mark = output[k];
                int cls = classes[mark];
                if ((kept == 1 || lastClass < cls) && composites.TryGetValue((starter << 16) | mark, out char composite))
                {
                    starter = composite;
                    continue;
                }

                output[kept++] = mark;
                lastClass = cls;
            }

            output[0] = starter;
            return kept;
        }

        /// <summary>Writes the character's full canonical decomposition; returns its length.</summary>
        private int Decompose(char c, Span<char> output)
        {
            if (!decompositions.TryGetValue(c, out string? parts))
            {
                output[0] = c;
                return 1;
            }

            int length = Decompose(parts[0], output);
            if (parts.Length > 1)
            {
                length += Decompose(parts[1], output[length..]);
            }

            return length;
        }

        /// <summary>A stable sort by combining class: insertion for a few marks (already in order, nearly always), keyed for a long run.</summary>
        private void SortByClass(Span<char> marks)
        {
            bool ordered = true;
            for (int k = 1; k < marks.Length && ordered; k++)
            {
                ordered = classes[marks[k - 1]] <= classes[marks[k]];
            }

            if (ordered)
            {
                return;
            }

            if (marks.Length <= 16)
            {
                for (int k = 1; k < marks.Length; k++)
                {
                    char m = marks[k];
                    int j = k - 1;
                    while (j >= 0 && classes[marks[j]] > classes[m])
                    {
                        marks[j + 1] = marks[j];
                        j--;
                    }

                    marks[j + 1] = m;
                }

                return;
            }

            // Class, then position, then the mark: sorting the keys is stable and O(n log n).
            long[] keys = ArrayPool<long>.Shared.Rent(marks.Length);
            for (int k = 0; k < marks.Length; k++)
            {
                keys[k] = ((long)classes[marks[k]] << 48) | ((long)k << 16) | marks[k];
            }

            keys.AsSpan(0, marks.Length).Sort();
            for (int k = 0; k < marks.Length; k++)
            {
                marks[k] = (char)keys[k];
            }

            ArrayPool<long>.Shared.Return(keys);
        }
    }
}
