using HostageReports.Annotation;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The perpetrators' surnames of a report, each without its trailing full stops, compared ignoring case as names are:
/// a hash set, so a report naming many perpetrators asks one look-up a word, not one a perpetrator. Most words are
/// turned away before the look-up by the lengths and first letters of the surnames.
/// </summary>
internal sealed class PerpetratorSurnames
{
    private readonly HashSet<string> _set = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>One bit a length (modulo 64) of a surname.</summary>
    private ulong _lengths;

    /// <summary>One bit a first letter of a surname, an ASCII letter's low five bits (the same for either case).</summary>
    private uint _firsts;

    /// <summary>True when a surname starts with a character beyond ASCII: a first letter proves nothing then.</summary>
    private bool _anyFirst;

    public PerpetratorSurnames() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a surname's core (never empty).</summary>
    public void Add(string core)
    {
        if (_set.Add(core))
        {
            _lengths |= 1UL << (core.Length & 63);
            _firsts |= 1u << (core[0] & 31);
            _anyFirst |= core[0] >= 128;
        }
    }

    /// <summary>True when the text is one of the surnames, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> text) =>
        !text.IsEmpty && ((_lengths >> (text.Length & 63)) & 1) != 0 && (_anyFirst || text[0] >= 128 || ((_firsts >> (text[0] & 31)) & 1) != 0)
        && _lookup.Contains(text);

    /// <summary>
    /// True when a word of the sentence may be one of the surnames: a name's word is a word token's text, or that text
    /// less a possessive ending (see <see cref="NameScanner.StripPossessive"/>), its core the word less trailing full stops.
    /// </summary>
    public bool WrittenIn(TokenView v, int start, int end)
    {
        var tokens = v.Tokens;
        var body = v.Body;
        for (int k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            var text = body.AsSpan(t.Start, t.Length);
            if (Contains(text.TrimEnd('.')))
            {
                return true;
            }

            // A possessive ends in "s" or an apostrophe: most words are no possessive by their last character.
            if (text[^1] is 's' or '\'' or '\u2019' && NameScanner.StripPossessive(text, out bool possessive) is var bare && possessive && Contains(bare.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }
}
