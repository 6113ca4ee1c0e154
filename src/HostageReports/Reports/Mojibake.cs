using System.Text;

namespace HostageReports.Reports;

/// <summary>Repairs text that was UTF-8 read as Latin-1 or Windows-1252 ("â€™" for "’", a lone "â" for a dash).</summary>
internal static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Returns the text repaired, or the same instance when nothing needed repair.</summary>
    public static string Repair(string text)
    {
        if (text.IndexOf('\u00C3') < 0 && text.IndexOf('\u00E2') < 0 && text.IndexOf('\u00C2') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        bool changed = false;
        int i = 0;
        while (i < text.Length)
        {
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

        return changed ? sb.ToString() : text;
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
