using HostageReports.Annotation;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// The capitalised runs a group's name is read from: capitalised words with lower-case joining words between them
/// ("the Ahmed Abu al-Hassan Brigade", "Sons of the Desert"), stopping before "and" joining two names.
/// </summary>
internal static class GroupRuns
{
    /// <summary>The length of the longest joining word (<see cref="GroupCues.Connectors"/>): a longer word is none, without a look-up.</summary>
    private static readonly int MaxConnector = GroupCues.ClassedWords.Where(static l => l.Class == WordClass.Connectors).SelectMany(static l => l.Words).Max(static w => w.Length);

    /// <summary>The token past the capitalised run from token i (i itself when it starts none), within the sentence ending before <paramref name="end"/>.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The run's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <returns>The token past the run's last capitalised word.</returns>
    public static int Run(TokenView v, int i, int end)
    {
        int j = i;
        int last = i;
        while (j < end)
        {
            if (v.IsCapitalized(j) || (j > i && StartsWithAl(v, j)))
            {
                j++;
                last = j;
                continue;
            }

            if (j > i && IsConnector(v, j))
            {
                int k = j + 1;
                while (k < end && IsConnector(v, k))
                {
                    k++;
                }

                if (v.IsCapitalized(k) || (k < end && StartsWithAl(v, k)))
                {
                    j = k;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    /// <summary>True for a joining word of a run other than "and" (<see cref="Run"/>).</summary>
    private static bool IsConnector(TokenView v, int k)
    {
        var t = v[k];
        return t.Kind == TokenKind.Word && t.Length <= MaxConnector && v.Has(k, WordClass.Connectors) && !v.Is(k, NamesLexicon.And);
    }

    /// <summary>True for a word starting with "al-", any case ("al-Hassan", "Al-Nusra").</summary>
    private static bool StartsWithAl(TokenView v, int k)
    {
        // Only 'a' and 'A' fold to 'a' ignoring case, only 'l' and 'L' to 'l': "al-" is tested a character at a time.
        var t = v[k];
        if (t.Length < 3)
        {
            return false;
        }

        var body = v.Body;
        return (body[t.Start] | 0x20) == 'a' && (body[t.Start + 1] | 0x20) == 'l' && body[t.Start + 2] == '-';
    }
}

/// <summary>
/// The last capitalised run read (<see cref="GroupRuns.Run"/>), so that a run is walked once, not again from each of its words:
/// every name start of a sentence is tried as a group's first word, and without it a run of n capitalised words
/// would cost n²/2 steps. A run read from its first word ends where it ends when read from any later capitalised
/// word of it (<see cref="GroupRuns.Run"/> reads a word the same way whatever word the run started at, but for the first).
/// One per report's reading.
/// </summary>
internal sealed class RunCache
{
    /// <summary>The cached run; null before the first.</summary>
    private CachedRun? _run;

    /// <summary>Whether the cached run's barrier has been looked for (<see cref="HasBarrierFrom"/>).</summary>
    private bool _barrierRead;

    /// <summary>The last word of the cached run that keeps it from being a headed group's name; null for none.</summary>
    private int? _barrier;

    /// <summary><see cref="GroupRuns.Run"/>, read from the cached run when word i is in it.</summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">The run's first token.</param>
    /// <param name="end">The token past the sentence.</param>
    /// <returns>The token past the run.</returns>
    public int Run(TokenView v, int i, int end)
    {
        if (!v.IsCapitalized(i))
        {
            return GroupRuns.Run(v, i, end); // a run starts with a capitalised word: i itself, at once
        }

        if (_run is not { } run || end != run.End || i < run.From || i >= run.Last)
        {
            run = new CachedRun(i, GroupRuns.Run(v, i, end), end);
            _run = run;
            _barrierRead = false;
        }

        return run.Last;
    }

    /// <summary>
    /// True when a word of the run from word i (just read by <see cref="Run"/>) is a country's, a nationality's or a
    /// state's name, or a word never in a name that is no head or joining word: "the Algerian Army", "Police
    /// Department". The run's last such word is found once, from its end.
    /// </summary>
    /// <param name="v">The report's tokens.</param>
    /// <param name="i">A word of the run just read.</param>
    /// <returns>Whether a barrier stands at or after it.</returns>
    public bool HasBarrierFrom(TokenView v, int i)
    {
        var run = _run!.Value;
        if (!_barrierRead)
        {
            _barrierRead = true;
            _barrier = null;
            for (int k = run.Last - 1; k >= run.From; k--)
            {
                if (IsBarrier(v, k))
                {
                    _barrier = k;
                    break;
                }
            }
        }

        return _barrier >= i;
    }

    private static bool IsBarrier(TokenView v, int k)
    {
        var t = v.Text(k);
        return PlaceCues.MayStartGeographyName(t) && (Geography.TryCountryByName(t, out _) || Geography.TryDemonym(t, out _) || Geography.TryUsState(t, out _))
            || v.Has(k, WordClass.NotNameWords) && !v.Has(k, WordClass.Heads) && !v.Has(k, WordClass.Connectors);
    }

    /// <summary>A run read: the word it was read from, the token past it, the token it had to end before (its sentence's end).</summary>
    private readonly record struct CachedRun(int From, int Last, int End);
}
