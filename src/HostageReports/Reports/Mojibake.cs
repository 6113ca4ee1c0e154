using System.Text;

namespace HostageReports.Reports;

/// <summary>Repairs text that was UTF-8 read as Latin-1 or Windows-1252 ("â€™" for "’", a lone "â" for a dash).</summary>
internal static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Returns the text repaired, or the same instance when nothing needed repair.</summary>
    public static string Repair(string text) => Repair(text, null);

    /// <summary>
    /// Returns the text repaired, or the same instance when nothing needed repair; <paramref name="spans"/>
    /// (in order, disjoint) are moved to where their text lies in the repaired text.
    /// </summary>
    public static string Repair(string text, List<TextSpan>? spans)
    {
        if (text.IndexOf('\u00C3') < 0 && text.IndexOf('\u00E2') < 0 && text.IndexOf('\u00C2') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        bool changed = false;
        int i = 0;
        var moved = spans is { Count: > 0 } ? new SpanMover(spans) : null;
        while (i < text.Length)
        {
            moved?.Reach(i, sb.Length);
            char c = text[i];
            if (c is '\u00C2' or '\u00C3' or '\u00E2' && TryDecode(text, i, out string decoded, out int consumed))
            {
                sb.Append(decoded);
                i += consumed;
                changed = true;
                continue;
            }

            if (c == '\u00E2' && i + 1 < text.Length && text[i + 1] == ' ' && i > 0 && text[i - 1] == ' ')
            {
                // The dash's continuation bytes were lost on the way: "wounded â two Britons".
                sb.Append('\u2013');
                i++;
                changed = true;
                continue;
            }

            if (c == '\u00E2' && i + 1 < text.Length && text[i + 1] == '\u00A6')
            {
                sb.Append('\u2026');
                i += 2;
                changed = true;
                continue;
            }

            sb.Append(c);
            i++;
        }

        if (changed && moved is not null)
        {
            moved.Reach(text.Length, sb.Length);
            moved.Write(spans!);
        }

        return changed ? sb.ToString() : text;
    }

    /// <summary>
    /// Moves spans' ends from offsets of the text to offsets of the repaired text as the repair walks
    /// both: an end that falls inside a repaired sequence goes after its repair. One pass.
    /// </summary>
    private sealed class SpanMover(List<TextSpan> spans)
    {
        private readonly int[] ends = Ends(spans);
        private int next;

        private static int[] Ends(List<TextSpan> spans)
        {
            var ends = new int[spans.Count * 2];
            for (int k = 0; k < spans.Count; k++)
            {
                ends[2 * k] = spans[k].Start;
                ends[(2 * k) + 1] = spans[k].End;
            }

            return ends;
        }

        /// <summary>The text is read up to <paramref name="read"/>, which lies at <paramref name="written"/> of the repaired text.</summary>
        public void Reach(int read, int written)
        {
            while (next < ends.Length && ends[next] <= read)
            {
                ends[next++] = written;
            }
        }

        public void Write(List<TextSpan> target)
        {
            for (int k = 0; k < target.Count; k++)
            {
                target[k] = TextSpan.FromBounds(ends[2 * k], ends[(2 * k) + 1]);
            }
        }
    }

    private static bool TryDecode(string text, int i, out string decoded, out int consumed)
    {
        decoded = string.Empty;
        consumed = 0;
        int need = text[i] == '\u00E2' ? 3 : 2;
        if (i + need > text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[3];
        for (int k = 0; k < need; k++)
        {
            char ch = text[i + k];
            int b = ch <= 0xFF ? ch : Cp1252Byte(ch);
            if (b < 0)
            {
                return false;
            }

            bytes[k] = (byte)b;
        }

        if (bytes[1] is < 0x80 or > 0xBF || (need == 3 && bytes[2] is < 0x80 or > 0xBF))
        {
            return false;
        }

        try
        {
            decoded = StrictUtf8.GetString(bytes[..need]);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        consumed = need;
        return true;
    }

    private static int Cp1252Byte(char ch)
    {
        int k = Cp1252High.IndexOf(ch, StringComparison.Ordinal);
        return k < 0 ? -1 : 0x80 + k;
    }

    /// <summary>The characters Windows-1252 puts at bytes 0x80-0x9F (undefined bytes map to the C1 control of the same value).</summary>
    public const string Cp1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
}
