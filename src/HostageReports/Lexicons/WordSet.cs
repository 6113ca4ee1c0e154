using System.Collections.Frozen;

namespace HostageReports.Lexicons;

/// <summary>
/// A closed list of words (data), looked up by a token's text ignoring case without copying it. Most
/// tokens of a report are in no list: a mask of the first letters the list's words of each length
/// start with turns them away before the hash. The ASCII words are kept apart from the others (a curly
/// quote, "Côte"): a set of ASCII words hashes ignoring case far faster, and an ASCII token is looked
/// up among the others only when one of them could equal it. Built once, immutable, thread-safe; a
/// look-up allocates nothing.
/// </summary>
internal sealed class WordSet
{
    /// <summary>The bit of a first character that is no ASCII letter, even ignoring case.</summary>
    private const int OtherBit = 26;

    /// <summary>The words written in ASCII.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ascii;

    /// <summary>The other words, or null when there are none.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _others;

    /// <summary>True when a word of <see cref="_others"/> may equal an ASCII word ignoring case, so ASCII tokens are looked up there too.</summary>
    private readonly bool _othersMatchAscii;

    /// <summary>For each length, the bits of the first letters the words of that length start with.</summary>
    private readonly uint[] _firstLetters;

    /// <summary>One bit per <see cref="Lexicon"/> number, set for the set's words.</summary>
    private readonly ulong[] _numbers;

    /// <summary>The words not in the vocabulary: a token labelled <see cref="Lexicon.Outside"/> can only be one of them.</summary>
    private readonly string[] _outside;

    /// <summary>Builds the set.</summary>
    /// <param name="words">The words; case does not matter.</param>
    public WordSet(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _ascii = set.Where(static w => System.Text.Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var others = set.Where(static w => !System.Text.Ascii.IsValid(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (others.Count > 0)
        {
            _others = others.GetAlternateLookup<ReadOnlySpan<char>>();
            _othersMatchAscii = others.Any(AsciiCase.MayEqualAscii);
        }

        _firstLetters = new uint[set.Count == 0 ? 1 : set.Max(static w => w.Length) + 1];
        foreach (var w in set)
        {
            _firstLetters[w.Length] |= w.Length == 0 ? 1u << OtherBit : Bit(w[0]);
        }

        _numbers = new ulong[(Lexicon.Count + 63) / 64];
        var outside = new List<string>();
        foreach (var w in set)
        {
            if (Lexicon.TryGetId(w, out ushort number))
            {
                _numbers[number >> 6] |= 1UL << number;
            }
            else
            {
                outside.Add(w);
            }
        }

        _outside = [.. outside];
    }

    /// <summary>True when the word is in the set, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(ReadOnlySpan<char> word) =>
        MayContain(word)
        && (_ascii.Contains(word) || (_others is { } others && (_othersMatchAscii || !System.Text.Ascii.IsValid(word)) && others.Contains(word)));

    /// <summary>
    /// False when the word's length and first letter prove it is not in the set; true when it may be.
    /// Takes no hash: a caller that looks the word up elsewhere anyway can turn most words away first.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it may be in the set.</returns>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var masks = _firstLetters;
        return (uint)word.Length < (uint)masks.Length
            && (masks[word.Length] & (word.Length == 0 ? 1u << OtherBit : Bit(word[0]))) != 0;
    }

    /// <summary>True when a token's word is in the set: by its number when it is labelled, else by its text.</summary>
    /// <param name="body">The text the token points into.</param>
    /// <param name="token">The token.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(string body, Annotation.Token token) =>
        token.Word switch
        {
            Lexicon.Unlabelled => Contains(body.AsSpan(token.Start, token.Length)),
            Lexicon.Outside => _outside.Length > 0 && IsOutsideWord(body.AsSpan(token.Start, token.Length)),
            _ => (_numbers[token.Word >> 6] & (1UL << token.Word)) != 0,
        };

    private bool IsOutsideWord(ReadOnlySpan<char> word)
    {
        if (_outside.Length > 8)
        {
            return Contains(word);
        }

        foreach (var w in _outside)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bit of a first character: one for each ASCII letter in either case, one for all else.</summary>
    private static uint Bit(char c)
    {
        uint letter = (uint)((c | 0x20) - 'a');
        if (letter < 26 && (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
        {
            return 1u << (int)letter;
        }

        if (c > 0x7F)
        {
            // Ignoring case, a few other letters equal ASCII ones (the dotless "ı" is "I").
            char upper = char.ToUpperInvariant(c);
            if (upper is >= 'A' and <= 'Z')
            {
                return 1u << (upper - 'A');
            }
        }

        return 1u << OtherBit;
    }
}
