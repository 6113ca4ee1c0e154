using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Rules.Locations;

/// <summary>
/// Adds one <see cref="LocationClaim"/> per place of the incident: sites ("the X gas field", "a home on
/// 11th Street"), towns and cities (datelines, "in the town of X", "X, Wash.", "in X", "X police"),
/// counties, provinces and states, and the incident's country. Places the text gives as context (the
/// capital a distance is measured from, a neighbouring country, a border) are left out. Spellings of
/// one place that differ only in a leading "In"/"Ain"/"El" are one place.
/// </summary>
/// <remarks>
/// The dateline's places come read with the report (<see cref="Products.DatelinePlace"/>); the sentences'
/// are found by <see cref="PlaceReader"/>'s matchers, one phrasing each, and resolved into claims by <see cref="PlaceTally"/>.
/// </remarks>
internal sealed class LocationRule : IClaimRule
{
    /// <summary>The most tokens a thread keeps arrays for: a longer report's are left to the collector, not held by the thread.</summary>
    private const int KeptTokens = 1 << 16;

    /// <summary>The arrays a report's reading needs, one entry a token, kept from report to report on a thread: they are allocated for the longest report only (up to <see cref="KeptTokens"/>).</summary>
    [ThreadStatic]
    private static Buffers? t_buffers;

    /// <inheritdoc/>
    public void Apply(ExtractionContext context)
    {
        if (context.Tokens.Count == 0)
        {
            return;
        }

        // The thread's arrays are taken while the report is read (a rule reading another report meanwhile would make its own).
        var buffers = t_buffers ?? new Buffers();
        t_buffers = null;
        int count = context.Tokens.Count;
        if (buffers.Used.Length < count)
        {
            buffers.Used = new bool[count + (count >> 1)];
            buffers.Bits = new uint[buffers.Used.Length];
        }

        var v = new TokenView(context);
        context.Get(Products.GroupMentions).Tokens.CopyTo(buffers.Used.AsSpan(0, count)); // the scan marks the places it reads too
        var words = new PlaceTokens(context, buffers.Bits);
        var reader = new PlaceReader(v, words, buffers.Used);
        var tally = new PlaceTally(context, words);
        if (context.Get(Products.DatelinePlace).Place is { } dateline && tally.AddDateline(dateline) is { } town)
        {
            reader.Mark(town);
        }

        ReadSentences(v, words, reader, tally);
        tally.Emit();
        if (buffers.Used.Length <= KeptTokens)
        {
            t_buffers = buffers;
        }
    }

    /// <summary>Asks the matchers at each word that can start a place, sentence by sentence, and resolves what they find.</summary>
    private static void ReadSentences(TokenView v, PlaceTokens words, PlaceReader reader, PlaceTally tally)
    {
        var starts = v.Context.SentenceTokenStart;
        var tokens = v.Tokens;
        string body = v.Body;

        // Only capitalised words and a few lower-case cue words can start a place. The capitalised words are
        // among the report's name starts (capitalised or "al" words, found once a report for every rule), so
        // the other tokens are only tested as cue words, and a cue word only when a capitalised word follows
        // in its sentence: the reading stops at the sentence's last one.
        var names = v.NameStartTokens;
        int n = 0;
        for (int s = 0; s + 1 < starts.Length; s++)
        {
            int start = starts[s];
            int end = starts[s + 1];
            while (n < names.Length && names[n] < start)
            {
                n++;
            }

            // Headings and captions say where it happened as well as the prose does.
            if (start == end || (v.Context.IsExcludedSentence(s) && !v.Context.IsCaptionSentence(s)))
            {
                continue;
            }

            int stop = PastLastCapitalized(names, n, start, end, tokens, body);
            for (int i = start; i < stop; i++)
            {
                bool name = names[n] == i;
                if (name)
                {
                    n++;
                }

                var t = tokens[i];
                if (reader.IsRead(i) || t.Kind != TokenKind.Word)
                {
                    continue;
                }

                // A lower-case word starts a place only as a cue word ("in", "near"): its lexeme says so, one array read.
                bool matched = false;
                if (name && char.IsUpper(body[t.Start]))
                {
                    matched = reader.Match(i, start, end, cap: true);
                }
                else if ((Lexicon.PlacesOf(t.Word) & PlaceWord.LowerCaseCue) != 0)
                {
                    matched = reader.Match(i, start, end, cap: false);
                }

                if (matched)
                {
                    ref readonly var m = ref reader.Found;
                    tally.Add(m);
                    if (m.Read is { } read)
                    {
                        reader.Mark(read);
                    }
                }
            }
        }
    }

    /// <summary>The token past the sentence's last name start in capitals (names from index n on), or start when it has none.</summary>
    private static int PastLastCapitalized(ReadOnlySpan<int> names, int n, int start, int end, ReadOnlySpan<Token> tokens, string body)
    {
        int stop = start;
        for (int k = n; k < names.Length && names[k] < end; k++)
        {
            if (char.IsUpper(body[tokens[names[k]].Start]))
            {
                stop = names[k] + 1;
            }
        }

        return stop;
    }

    /// <summary>Per-token arrays of a report's reading, as long as the longest report read on the thread so far.</summary>
    private sealed class Buffers
    {
        /// <summary>The tokens already read as a place or a group (<see cref="PlaceReader"/>'s marks).</summary>
        public bool[] Used { get; set; } = [];

        /// <summary>The array of <see cref="PlaceTokens"/>.</summary>
        public uint[] Bits { get; set; } = [];
    }
}
