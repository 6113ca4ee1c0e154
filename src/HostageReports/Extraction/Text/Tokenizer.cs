using System.Runtime.InteropServices;

namespace HostageReports.Extraction.Text;

/// <summary>Cuts a body into words, numbers and punctuation in one pass over the characters.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes body[start, end) into the list.</summary>
    public static void Tokenize(string body, int start, int end, List<Token> output)
    {
        // The tokens are written straight into the list's array (List.Add per token costs a quarter of the time).
        var writer = new Writer(output);
        int i = start;
        while (i < end)
        {
            char c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int s = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(body[i]) || ((body[i] == ',' || body[i] == '.') && i + 1 < end && char.IsDigit(body[i + 1]))))
                {
                    i++;
                }

                writer.Add(new Token(TokenKind.Number, s, i - s));
                continue;
            }

            if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    char d = body[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d is '-' or '\'' or '\u2019' or '.') && i + 1 < end && char.IsLetter(body[i + 1]) && (d != '.' || IsInitialism(body, s, i)))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // "U.S." keeps its final stop.
                if (i < end && body[i] == '.' && IsInitialism(body, s, i) && i - s >= 3)
                {
                    i++;
                }

                writer.Add(new Token(TokenKind.Word, s, i - s));
                continue;
            }

            writer.Add(new Token(TokenKind.Punct, s, 1));
            i++;
        }

        writer.Close();
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
