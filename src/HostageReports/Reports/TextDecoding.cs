using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace HostageReports.Reports;

/// <summary>How the bytes of a report were turned into text.</summary>
internal enum DecodedAs
{
    /// <summary>Valid UTF-8 (with or without a byte order mark).</summary>
    Utf8,

    /// <summary>Mostly UTF-8; invalid bytes were replaced by U+FFFD.</summary>
    Utf8WithReplacements,

    /// <summary>UTF-16 announced by a byte order mark.</summary>
    Utf16Bom,

    /// <summary>UTF-16 little endian without a byte order mark, recognised by its zero bytes.</summary>
    Utf16Guessed,

    /// <summary>Not UTF-8: read as Windows-1252 (a superset of Latin-1 for printable text).</summary>
    Windows1252,

    /// <summary>Not text at all.</summary>
    Binary,
}

/// <summary>
/// Turns the bytes of a file into text: byte order marks, UTF-16, invalid UTF-8 (read as
/// Windows-1252, whose mojibake <see cref="Mojibake"/> then repairs) and binary data. One pass.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding LenientUtf8 = new(false, false);

    /// <summary>The characters prose does not hold: controls other than line breaks and tab, DEL and the C1 controls but U+0085, U+FFFD.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\uFFFD");

    /// <summary>How many of the first bytes are sampled to tell text from binary data.</summary>
    private const int Sample = 8192;

    /// <summary>Decodes the bytes, or reports them as binary.</summary>
    public static (string Text, DecodedAs How) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return FromUtf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), DecodedAs.Utf16Bom);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), DecodedAs.Utf16Bom);
        }

        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        int zeros = sample.Count((byte)0);
        if (zeros > 0 && LooksLikeUtf16LittleEndian(sample))
        {
            return (Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)]), DecodedAs.Utf16Guessed);
        }

        // Text has no zero bytes; a few strays (padding, a bad copy) are tolerated and become spaces.
        if ((zeros > 4 && zeros * 100 > sample.Length) || zeros * 4 > sample.Length)
        {
            return (string.Empty, DecodedAs.Binary);
        }

        return FromUtf8(bytes);
    }

    /// <summary>True when the text holds so many control characters that it cannot be prose.</summary>
    public static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, Sample)];
        int control = 0;
        var rest = sample;
        int k;
        while ((k = rest.IndexOfAny(ControlCharacters)) >= 0)
        {
            control++;
            rest = rest[(k + 1)..];
        }

        // One in ten: prose has none, binary data about one in three.
        return control * 10 > sample.Length;
    }

    private static (string, DecodedAs) FromUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), DecodedAs.Utf8);
        }

        // Count well-formed multi-byte sequences against invalid bytes: a UTF-8 file with a stray bad
        // byte keeps its UTF-8; a Latin-1 or Windows-1252 file has no well-formed sequences.
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(1, consumed);
        }

        return valid > invalid * 4
            ? (LenientUtf8.GetString(bytes), DecodedAs.Utf8WithReplacements)
            : (Windows1252(bytes), DecodedAs.Windows1252);
    }

    private static bool LooksLikeUtf16LittleEndian(ReadOnlySpan<byte> sample)
    {
        int pairs = sample.Length / 2, oddZeros = 0, evenZeros = 0;
        for (int k = 0; k + 1 < sample.Length; k += 2)
        {
            evenZeros += sample[k] == 0 ? 1 : 0;
            oddZeros += sample[k + 1] == 0 ? 1 : 0;
        }

        return pairs > 0 && oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs;
    }

    /// <summary>Windows-1252: Latin-1 with printable characters in 0x80-0x9F.</summary>
    private static string Windows1252(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes, static (dest, src) =>
        {
            for (int k = 0; k < src.Length; k++)
            {
                byte b = src[k];
                dest[k] = b is >= 0x80 and < 0xA0 ? Mojibake.Cp1252High[b - 0x80] : (char)b;
            }
        });
}
