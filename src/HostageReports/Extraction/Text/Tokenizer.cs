namespace HostageReports.Extraction.Text;

/// <summary>Cuts a body into words, numbers and punctuation in one pass over the characters.</summary>
internal static class Tokenizer
{
    /// <summary>Tokenizes body[start, end) into the list.</summary>
    public static void Tokenize(string body, int start, int end, List<Token> output)
    {
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

                output.Add(new Token(TokenKind.Number, s, i - s));
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

                output.Add(new Token(TokenKind.Word, s, i - s));
                continue;
            }

            output.Add(new Token(TokenKind.Punct, s, 1));
            i++;
        }
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
