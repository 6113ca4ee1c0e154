using System.Buffers;
using System.Runtime.InteropServices;

namespace HostageReports.Annotation;

/// <summary>Cuts a body into words, numbers and punctuation in one pass over the characters.</summary>
internal static class Tokenizer
{
    /// <summary>ASCII letters and digits: a word's run of them is skipped in one vectorised search.</summary>
    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Tokenizes body[start, end) into the list.</summary>
    public static void Tokenize(string body, int start, int end, List<Token> output)
    {
        // The tokens are written straight into the list's array (List.Add per token costs a quarter of the time).
        var writer = new Writer(output);
        var text = body.AsSpan(0, end);
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int s = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                writer.Add(new Token(TokenKind.Number, s, i - s));
                continue;
            }

            if (char.IsLetter(c))
            {
                i = WordEnd(body, s, end);
                writer.Add(new Token(TokenKind.Word, s, i - s));
                continue;
            }

            writer.Add(new Token(TokenKind.Punct, s, 1));
            i++;
        }

        writer.Close();
    }

    /// <summary>
    /// The end of the word that starts with a letter at <paramref name="s"/>: letters and digits, with
    /// inner hyphens, apostrophes and the stops of an initialism ("U.S."), which keeps its final stop.
    /// </summary>
    private static int WordEnd(string body, int s, int end)
    {
        var text = body.AsSpan(0, end);
        int i = s + 1;
        while (i < end)
        {
            int run = text[i..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (run < 0)
            {
                i = end;
                break;
            }

            i += run;
            char d = text[i];
            if (d >= 128 && char.IsLetterOrDigit(d))
            {
                i++;
            }
            else if ((d is '-' or '\'' or '\u2019' or '.') && i + 1 < end && char.IsLetter(text[i + 1]) && (d != '.' || IsInitialism(body, s, i)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // "U.S." keeps its final stop.
        if (i < end && text[i] == '.' && IsInitialism(body, s, i) && i - s >= 3)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Appends tokens to a list through its array: the list's count is set to its capacity while
    /// writing, and back to the tokens written by <see cref="Close"/>. The list grows as
    /// <see cref="List{T}.Add"/> would grow it.
    /// </summary>
    private ref struct Writer
    {
        private readonly List<Token> _list;
        private Span<Token> _slots;
        private int _count;

        public Writer(List<Token> list)
        {
            _list = list;
            _count = list.Count;
            CollectionsMarshal.SetCount(list, Math.Max(list.Capacity, 4));
            _slots = CollectionsMarshal.AsSpan(list);
        }

        public void Add(Token token)
        {
            if (_count == _slots.Length)
            {
                _list.EnsureCapacity(_count * 2);
                CollectionsMarshal.SetCount(_list, _list.Capacity);
                _slots = CollectionsMarshal.AsSpan(_list);
            }

            _slots[_count++] = token;
        }

        /// <summary>Sets the list's count to the tokens it holds.</summary>
        public readonly void Close() => CollectionsMarshal.SetCount(_list, _count);
    }

    /// <summary>True when body[s, i) looks like "U" or "U.S": single letters joined by stops.</summary>
    private static bool IsInitialism(string body, int s, int i)
    {
        for (int k = s; k < i; k++)
        {
            bool letterSlot = (k - s) % 2 == 0;
            if (letterSlot ? !char.IsUpper(body[k]) : body[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
