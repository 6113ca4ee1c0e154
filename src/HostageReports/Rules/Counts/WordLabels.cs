using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Labels tokens with their <see cref="Vocabulary"/> numbers (as <see cref="Vocabulary.Label"/> does)
/// through a per-thread cache of the short words already seen: a word of two to eight ASCII characters
/// is packed into one 64-bit key (<see cref="AsciiCase.TryPack"/>), and a slot chosen by
/// the key holds the last word packed there with its number. News text repeats its words, so most
/// tokens are labelled by one multiplication and one comparison instead of hashing their text; a miss,
/// a longer word or one not ASCII asks <see cref="Vocabulary.Of"/>. The labels are exactly the
/// vocabulary's: two words with the same key are the same ASCII word ignoring case. One instance per
/// thread (<see cref="ForThread"/>); not shared across threads.
/// </summary>
internal sealed class WordLabels
{
    /// <summary>The cache's size as a power of two.</summary>
    private const int Bits = 14;

    [ThreadStatic]
    private static WordLabels? t_labels;

    /// <summary>For each slot, the key of the word cached there; 0 for none (no word packs to 0: <see cref="AsciiCase.TryPack"/> puts the length on top).</summary>
    private readonly ulong[] _keys = new ulong[1 << Bits];

    /// <summary>For each slot, the number of the word cached there.</summary>
    private readonly ushort[] _numbers = new ushort[1 << Bits];

    /// <summary>This thread's cache.</summary>
    public static WordLabels ForThread => t_labels ??= new WordLabels();

    /// <summary>Labels tokens with the numbers of their words, as <see cref="Vocabulary.Label"/> does.</summary>
    /// <param name="body">The text the tokens point into.</param>
    /// <param name="tokens">The tokens, labelled in place.</param>
    /// <returns>The lexicons some phrase of which may start at one of the tokens (<see cref="WordStarts"/>): a lexicon missing here starts nowhere in them.</returns>
    public Starts Label(string body, Span<Token> tokens)
    {
        var starts = Starts.None;
        foreach (ref var token in tokens)
        {
            token = token with { Word = Of(body.AsSpan(token.Start, token.Length)) };
            starts |= WordStarts.Of(token);
        }

        return starts;
    }

    /// <summary>The label of a word: <see cref="Vocabulary.Of"/>, from the cache when the word is short, ASCII and seen before.</summary>
    /// <param name="word">The word; case is ignored.</param>
    /// <returns>Its label.</returns>
    public ushort Of(ReadOnlySpan<char> word)
    {
        // One character (a fifth of the tokens: punctuation, "a") is one read of the vocabulary's own table; a long word is looked up.
        if (word.Length == 1 || !AsciiCase.TryPack(word, out ulong key))
        {
            return Vocabulary.Of(word);
        }

        int slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
        if (_keys[slot] == key)
        {
            return _numbers[slot];
        }

        ushort number = Vocabulary.Of(word);
        _keys[slot] = key;
        _numbers[slot] = number;
        return number;
    }
}
