using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Rules.Locations;

/// <summary>The walks the matchers share: a place's run of capitalised words, a street, a title-case sentence, context before a place.</summary>
internal sealed partial class PlaceReader
{
    private static readonly CuePhrases<bool> ContextBefore = new(PlaceCues.ContextBefore.Select(static p => (p, true)));

    /// <summary>True for a sentence in title case ("Man Arrested In Possession Of Stolen Gun"): its capitals say nothing of names.</summary>
    private bool IsHeadline(int start, int end)
    {
        if (_headline is { } h && h.Start == start)
        {
            return h.TitleCase;
        }

        bool titleCase = ReadHeadline(start, end);
        _headline = (start, titleCase);
        return titleCase;
    }

    /// <summary>The last sentence <see cref="IsHeadline"/> read, by its first token; null before the first.</summary>
    private (int Start, bool TitleCase)? _headline;

    private bool ReadHeadline(int start, int end)
    {
        int words = 0, caps = 0;
        for (int k = start; k < end; k++)
        {
            if (v[k].Kind == TokenKind.Word && v[k].Length > 3)
            {
                words++;
                caps += v.IsCapitalized(k) ? 1 : 0;
            }
        }

        return words >= 4 && caps * 10 >= words * 7;
    }

    private bool IsPersonLike(int k, int runEnd)
    {
        // "at Dorsey's apartment": a possessive is a person's; an honorific or a known first name would be too.
        var last = v.Text(runEnd - 1);
        return last.EndsWith("'s") || last.EndsWith("\u2019s") || v.In(k, PerpetratorCues.Titles) || v.In(k, PerpetratorCues.Honorifics);
    }

    private static bool IsOrganisation(ReadOnlySpan<char> name)
    {
        foreach (var word in name.Split(' '))
        {
            if (PlaceCues.NotPlaceWords.Contains(name[word]))
            {
                return true;
            }
        }

        return false;
    }

    private bool StreetAt(int k, int end, out int streetEnd)
    {
        streetEnd = k;
        int j = k;
        if (v[j].Kind == TokenKind.Number)
        {
            j++;
            if (j < end && _words.Has(j, PlaceWord.OrdinalSuffix) && v.Touches(j - 1))
            {
                j++;
            }
        }

        int stop = CapitalizedUntilStreet(j, end);
        int words = stop - j;
        j = stop;

        if ((words == 0 && j == k) || j >= end || !v.IsCapitalized(j) || !_words.Has(j, PlaceWord.Street))
        {
            return false;
        }

        j++;
        if (v.IsPunct(j, '.') && v.Touches(j - 1))
        {
            j++;
        }

        streetEnd = j;
        return true;
    }

    /// <summary>
    /// A place name: capitalised words ("Cedar Falls", "St. Paul", "In Salah"), no organisation or calendar words.
    /// Every capitalised word of a sentence may be asked for the run it starts: a run is walked once, from the first of
    /// its words asked, and answered for its later words from what that walk found (see <see cref="_run"/>).
    /// </summary>
    private int PlaceRun(int k, int end)
    {
        if (_run is { } run && end == run.End && k > run.From && k < run.To && _words.IsCapitalized(k))
        {
            // The walk from run.From went through k as any later word goes, and on as the walk from k would (see RunWalk).
            return run.Ending != RunEnding.Name ? k : run.To;
        }

        int result = WalkPlaceRun(k, end, out var walk);
        _run = walk;
        return result;
    }

    /// <summary>
    /// What the walk of <see cref="PlaceRun"/> from <see cref="From"/> found: where it stopped (<see cref="To"/>, the token
    /// past the run or the street word it met), and whether that makes the run no town's name. The walk treats a word it
    /// meets after the first the same whatever word it started at, so a walk from a later word of the run (before
    /// <see cref="To"/>) meets the same words after it and stops at the same place: it is answered from here. Marking
    /// tokens as read (<see cref="Mark"/>) can stop a walk earlier: a mark inside the run leaves only the words past it
    /// answered here.
    /// </summary>
    /// <param name="From">The word the walk started at; a later word of the run is answered from it.</param>
    /// <param name="To">The token the walk stopped at: past the run's last word, or the street word it met.</param>
    /// <param name="End">The token the walk had to stop before (the sentence's end).</param>
    /// <param name="Ending">What the walk met at its end: a street's or an organisation's word makes the run no town's.</param>
    private readonly record struct RunWalk(int From, int To, int End, RunEnding Ending);

    /// <summary>What ended a walk of <see cref="PlaceRun"/>.</summary>
    private enum RunEnding
    {
        /// <summary>The name's words ended: the run may be a town's.</summary>
        Name,

        /// <summary>A street word after the first word ("Oak Street"): the run is a street's.</summary>
        Street,

        /// <summary>An organisation's word follows the run ("Alder Junior High School").</summary>
        Organisation,
    }

    /// <summary>The last walk of <see cref="PlaceRun"/>; null before the first.</summary>
    private RunWalk? _run;

    /// <summary>
    /// A stretch of tokens [<see cref="From"/>, <see cref="To"/>) that all pass one test, <see cref="To"/> failing it or
    /// being <see cref="End"/>: a walk from any token of it stops at <see cref="To"/>, so it is walked once.
    /// </summary>
    /// <param name="From">The first token walked.</param>
    /// <param name="To">The token the walk stopped at.</param>
    /// <param name="End">The token the walk had to stop before (the sentence's end).</param>
    private readonly record struct Stretch(int From, int To, int End)
    {
        /// <summary>True when a walk from token j, to stop before end, stops at <see cref="To"/>.</summary>
        public bool Covers(int j, int end) => end == End && j >= From && j <= To;
    }

    /// <summary>The last walk of <see cref="CapitalizedUntilStreet"/>.</summary>
    private Stretch? _capitalized;

    /// <summary>The last walk of <see cref="SiteModifiersUntil"/>.</summary>
    private Stretch? _siteModifiers;

    /// <summary>
    /// The first token from j on (before end) that is not a capitalised word or is a street word: the end of a street's
    /// name before its street word. Asked from each "on", "of" and "at" of a sentence, so walked once for a run.
    /// </summary>
    private int CapitalizedUntilStreet(int j, int end)
    {
        if (_capitalized is not { } c || !c.Covers(j, end))
        {
            int k = j;
            while (k < end && v.IsCapitalized(k) && !_words.Has(k, PlaceWord.Street))
            {
                k++;
            }

            c = new Stretch(j, k, end);
            _capitalized = c;
        }

        return c.To;
    }

    /// <summary>
    /// The first token from j on (before end) that is not a lower-case site modifier ("gas", "oil"): where a site's noun
    /// would stand after a name ("the In Salah gas field"). Asked after a run from each of its words, so walked once.
    /// </summary>
    private int SiteModifiersUntil(int j, int end)
    {
        if (_siteModifiers is not { } s || !s.Covers(j, end))
        {
            int k = j;
            while (k < end && !v.IsCapitalized(k) && _words.Has(k, PlaceWord.SiteModifier))
            {
                k++;
            }

            s = new Stretch(j, k, end);
            _siteModifiers = s;
        }

        return s.To;
    }

    /// <summary>The walk of <see cref="PlaceRun"/> from word k.</summary>
    private int WalkPlaceRun(int k, int end, out RunWalk walk)
    {
        int j = k;
        while (j < end && v.IsCapitalized(j) && !_used[j] && !(v[j].Length > 1 && _words.IsAllCaps(j)))
        {
            var w = v.Text(j);
            bool possessive = IsPossessive(w, '\'');
            if (_words.Has(j, PlaceWord.NotPlace | PlaceWord.County) || (possessive && j > k))
            {
                break;
            }

            if (j > k && _words.Has(j, PlaceWord.Street))
            {
                walk = new RunWalk(k, j, end, RunEnding.Street);
                return k; // a street, not a town
            }

            j++;
            if (possessive || IsPossessive(w, '\u2019'))
            {
                break;
            }

            if (w.Length == 2 && _words.Has(j - 1, PlaceWord.AbbreviatedNameWord) && v.IsPunct(j, '.'))
            {
                j++;
            }
        }

        bool organisation = j < end && v.IsCapitalized(j) && _words.Has(j, PlaceWord.NotPlace) && !_words.Has(j, PlaceWord.County | PlaceWord.CityAgency);
        walk = new RunWalk(k, j, end, organisation ? RunEnding.Organisation : RunEnding.Name);
        if (j > k && organisation)
        {
            return k; // "Alder Junior High School": an organisation
        }

        return j;
    }

    /// <summary>True when the word ends in this apostrophe and an "s" of either case ("Dorsey's"), as an ordinal comparison ignoring case tells.</summary>
    private static bool IsPossessive(ReadOnlySpan<char> word, char apostrophe) =>
        word.Length >= 2 && word[^2] == apostrophe && word[^2..].EndsWith(apostrophe == '\'' ? "'s" : "\u2019s", StringComparison.OrdinalIgnoreCase);

    private bool IsContext(int k, int start)
    {
        // "neighbouring Chad", "the border with Niger", "the capital, Cairo", "800 miles southeast of the capital".
        // Back over "the", ",", "city" and "of" to a context phrase, which may end at one of them too.
        for (int p = k - 1; p >= start; p--)
        {
            if (ContextBefore.TryMatchEndingAt(v, p, start, out _, out _))
            {
                return true;
            }

            if (!(v.IsPunct(p, ',') || PlaceVocabulary.ContextSkip.Contains(v.Text(p))))
            {
                break;
            }
        }

        for (int q = k - 1; q >= Math.Max(start, k - 8); q--)
        {
            if (PlaceCues.DistanceUnits.MayContain(v.Text(q)) && _words.Has(q, PlaceWord.DistanceUnit))
            {
                return true;
            }
        }

        return false;
    }
}
