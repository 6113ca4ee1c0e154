using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// A well known armed group (the <see cref="ArmedGroups"/> list), any spelling, the longest name first:
/// "al-Qaeda in the Arabian Peninsula claimed ...", "the Taliban said", "fighters of Al Shabaab";
/// an acronym only when written exactly so and not as a dateline ("IRA" is a group, "IRA, Vt." a town);
/// a hyphenated affiliation ending makes an affiliate ("Qaeda-linked gunmen").
/// </summary>
internal static class KnownGroupMatcher
{
    /// <summary>Room for a group key being built: longer than any listed group's key.</summary>
    private const int MaxKey = 64;

    /// <summary>The well known group whose name starts at token <paramref name="i"/> (see <see cref="TokenShape.MayStartName"/>), or null.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The name's first token.</param>
    /// <param name="start">The sentence's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <returns>The mention, or null.</returns>
    public static GroupMention? Match(TokenView v, int i, int start, int end)
    {
        // Most words start no group's key: they are turned away before the key buffers below are made (and cleared).
        var text = v.Text(i);
        if (!ArmedGroups.MayStartKey(GroupNames.StripSuffix(text, out _)))
        {
            return null;
        }

        // "The" adds nothing to a key: the word after it is the key's first (unless it is a mark or "the" again).
        if (text.Equals(NamesLexicon.The, StringComparison.OrdinalIgnoreCase) && i + 1 < end && v[i + 1].Kind == TokenKind.Word
            && !v.Is(i + 1, NamesLexicon.The) && !ArmedGroups.MayStartKey(GroupNames.StripSuffix(v.Text(i + 1), out _)))
        {
            return null;
        }

        if (Longest(v, i, start, end) is not { } known)
        {
            return null;
        }

        return Extended(v, i, end, known) ?? Resolve(v, i, known);
    }

    /// <summary>The mention of the name matched: its text with "the" and an affiliation ending dropped.</summary>
    private static GroupMention Resolve(TokenView v, int i, in KnownName known)
    {
        int best = known.End;
        string text = v.Span(i, best);
        if (known.Suffixed)
        {
            var last = v.Text(best - 1);
            text = text[..^(last.Length - GroupNames.StripSuffix(last, out _).Length)];
        }

        return new GroupMention { Start = i, End = best, Text = GroupNames.TrimThe(text), Canonical = known.Canonical, Affiliation = known.Suffixed, EvidenceStart = i, EvidenceEnd = best };
    }

    /// <summary>
    /// "al-Qaida in the Islamic Magreb" (misspelt): a known name carried on by "in the" and capitalised words is another,
    /// longer name (canonical only when that longer name is listed); null when the name is not carried on.
    /// </summary>
    private static GroupMention? Extended(TokenView v, int i, int end, in KnownName known)
    {
        int e = known.End;
        if (known.Suffixed || e + 1 >= end || !v.IsAny(e, NamesLexicon.NameExtensions))
        {
            return null;
        }

        int k = e + 1;
        if (v.Is(k, NamesLexicon.The))
        {
            k++;
        }

        int runEnd = k;
        while (runEnd < end && v.IsCapitalized(runEnd) && !v.IsAllCaps(runEnd))
        {
            runEnd++;
        }

        if (runEnd <= k + 1)
        {
            return null;
        }

        string extended = GroupNames.TrimThe(v.Span(i, runEnd));
        string? canonical = ArmedGroups.ByKey.TryGetValue(ArmedGroups.Key(extended), out var c) ? c : null;
        return new GroupMention { Start = i, End = runEnd, Text = extended, Canonical = canonical, EvidenceStart = i, EvidenceEnd = runEnd };
    }

    /// <summary>The longest listed name starting at token i, read word by word while some group's key starts with the words read.</summary>
    private static KnownName? Longest(TokenView v, int i, int start, int end)
    {
        // The key of the words read so far (see ArmedGroups.Key), built in place; it stops growing as soon as no group's key starts with it.
        Span<char> key = stackalloc char[MaxKey];
        Span<char> candidate = stackalloc char[MaxKey];
        int keyLength = 0;
        KnownName? best = null;
        for (int n = 0; n < ArmedGroups.MaxWords + 1 && i + n < end; n++)
        {
            int k = i + n;
            if (v[k].Kind != TokenKind.Word)
            {
                if (v.IsPunct(k, '\'') || v.IsPunct(k, '\u2019'))
                {
                    continue;
                }

                break;
            }

            var word = v.Text(k);
            var stripped = GroupNames.StripSuffix(word, out bool hasSuffix);
            if (n > 0 && word.Equals(NamesLexicon.The, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (keyLength + stripped.Length > MaxKey)
            {
                break; // longer than any group's name
            }

            // The part's own key, normalised, appended to the key so far; the whole normalised again.
            key[..keyLength].CopyTo(candidate);
            int partLength = ArmedGroups.AppendKey(stripped, candidate[keyLength..]);
            partLength = ArmedGroups.Normalize(candidate.Slice(keyLength, partLength));
            int rawLength = keyLength + partLength;
            candidate[keyLength..rawLength].CopyTo(key[keyLength..]);
            bool the = candidate[..rawLength].SequenceEqual(NamesLexicon.The);
            int length = the ? 0 : ArmedGroups.Normalize(candidate[..rawLength]);
            bool prefix = !the && ArmedGroups.KeyPrefixes.Contains(candidate[..length]);
            if (prefix && ArmedGroups.ByKeySpan.TryGetValue(candidate[..length], out var c))
            {
                // An acronym ("IRA", "ETA") counts when written exactly so, and not as a dateline: "IRA, Vt." is a town.
                bool shortForm = n == 0 && v[i].Length <= 4;
                bool dateline = i == start && v.IsPunct(i + 1, ',');
                if (!shortForm || !dateline && ArmedGroups.ExactShortForms.Contains(word[..stripped.Length]))
                {
                    best = new KnownName(k + 1, c, hasSuffix);
                }
            }

            if (hasSuffix)
            {
                break;
            }

            keyLength = rawLength;
            if (length > 0 && !prefix && !EndsInsideQaida(key[..keyLength]))
            {
                break; // no group's key starts so
            }
        }

        return best;
    }

    /// <summary>
    /// True when a key ends inside a "qaida" ("...qai", "...qaid") that the next word may finish: its
    /// normalised form would change, so it must not be judged by its prefix yet.
    /// </summary>
    private static bool EndsInsideQaida(ReadOnlySpan<char> key)
    {
        foreach (var ending in NamesLexicon.UnfinishedKeys)
        {
            if (key.EndsWith(ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listed name read: the token past it, its canonical name, whether an affiliation ending closed it.</summary>
    /// <param name="End">The token past the name.</param>
    /// <param name="Canonical">The group's canonical name.</param>
    /// <param name="Suffixed">True when the name's last word ends in an affiliation ending ("Qaeda-linked").</param>
    private readonly record struct KnownName(int End, string Canonical, bool Suffixed);
}
