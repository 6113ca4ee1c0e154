using HostageReports.Annotation;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;

namespace HostageReports.Rules.Counts;

/// <summary>The lexicons whose phrases the count rule's inner loops try at every token (<see cref="WordStarts"/>).</summary>
[Flags]
internal enum Starts : uint
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><see cref="CasualtyLexicon.Predicates"/>.</summary>
    Predicate = 1 << 0,

    /// <summary><see cref="SpeechVerbs.Table"/>.</summary>
    Speech = 1 << 1,

    /// <summary><see cref="CasualtyLexicon.ClauseOpeners"/>.</summary>
    ClauseOpener = 1 << 2,

    /// <summary><see cref="CasualtyLexicon.Determiners"/>.</summary>
    Determiner = 1 << 3,

    /// <summary><see cref="CasualtyLexicon.Finite"/>.</summary>
    Finite = 1 << 4,

    /// <summary><see cref="CasualtyLexicon.Aux"/>.</summary>
    Aux = 1 << 5,

    /// <summary><see cref="CasualtyLexicon.Among"/>.</summary>
    Among = 1 << 6,

    /// <summary><see cref="CasualtyLexicon.People"/>.</summary>
    People = 1 << 7,

    /// <summary><see cref="CasualtyLexicon.Stops"/>.</summary>
    Stop = 1 << 8,

    /// <summary><see cref="CasualtyLexicon.Hedges"/>.</summary>
    Hedge = 1 << 9,

    /// <summary><see cref="CasualtyLexicon.Vague"/>.</summary>
    Vague = 1 << 10,

    /// <summary><see cref="CasualtyLexicon.NumberWords"/>.</summary>
    NumberWord = 1 << 11,

    /// <summary><see cref="CasualtyLexicon.NotNames"/>.</summary>
    NotName = 1 << 12,

    /// <summary><see cref="CasualtyLexicon.ForeignAdjectives"/> or <see cref="CasualtyLexicon.LocalAdjectives"/>.</summary>
    PopulationAdjective = 1 << 13,

    /// <summary><see cref="CasualtyLexicon.OtherWords"/>.</summary>
    Other = 1 << 14,

    /// <summary><see cref="CasualtyLexicon.SubjectPronouns"/> or <see cref="CasualtyLexicon.ObjectPronouns"/>.</summary>
    Pronoun = 1 << 15,

    /// <summary><see cref="CasualtyLexicon.Negations"/>.</summary>
    Negation = 1 << 16,

    /// <summary><see cref="CasualtyLexicon.Denied"/>.</summary>
    Denied = 1 << 17,

    /// <summary><see cref="CasualtyLexicon.Unconfirmed"/>.</summary>
    Unconfirmed = 1 << 18,

    /// <summary><see cref="CasualtyLexicon.Earlier"/>.</summary>
    Earlier = 1 << 19,

    /// <summary><see cref="CasualtyLexicon.History"/>.</summary>
    History = 1 << 20,

    /// <summary><see cref="CasualtyLexicon.Irrealis"/>.</summary>
    Irrealis = 1 << 21,

    /// <summary><see cref="CasualtyLexicon.Demands"/>.</summary>
    Demand = 1 << 22,

    /// <summary><see cref="CasualtyLexicon.Including"/>.</summary>
    Including = 1 << 23,

    /// <summary><see cref="CasualtyLexicon.Units"/>.</summary>
    Unit = 1 << 24,
}

/// <summary>
/// For each word of the vocabulary, the lexicons some phrase of which starts with it (<see cref="Starts"/>),
/// read from a token's label with one array read. A clear bit proves the lexicon's look-up at the token
/// fails, so the inner loops test it before calling the look-up; a set bit proves nothing. An unlabelled
/// token has every bit set; a token whose word is outside the vocabulary has the bits of the lexicons some
/// first word of which is outside it too (those look such tokens up by their text). Built once, immutable, thread-safe.
/// </summary>
internal static class WordStarts
{
    /// <summary>The bits of each vocabulary number.</summary>
    private static readonly Starts[] ByNumber = Build();

    /// <summary>The lexicons some phrase of which may start at a token.</summary>
    /// <param name="token">The token, labelled or not.</param>
    /// <returns>The bits.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Starts Of(Token token) => ByNumber[token.Word];

    /// <summary>The lexicons some phrase of which may start at one of the tokens: a lexicon missing here starts nowhere in them.</summary>
    /// <param name="tokens">The tokens, annotated.</param>
    /// <returns>The bits of every token, joined.</returns>
    public static Starts Of(ReadOnlySpan<Token> tokens)
    {
        var starts = Starts.None;
        foreach (var token in tokens)
        {
            starts |= ByNumber[token.Word];
        }

        return starts;
    }

    /// <summary>True when some phrase of a lexicon may start at a token.</summary>
    /// <param name="token">The token.</param>
    /// <param name="lexicon">The lexicon's bit.</param>
    /// <returns>False when none can.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool May(Token token, Starts lexicon) => (ByNumber[token.Word] & lexicon) != 0;

    private static Starts[] Build()
    {
        var table = new Starts[Lexicon.Count];
        table[Lexicon.Unlabelled] = (Starts)uint.MaxValue;
        Add(table, Starts.Predicate, CasualtyLexicon.Predicates.FirstWords);
        Add(table, Starts.Speech, SpeechVerbs.Table.FirstWords);
        Add(table, Starts.ClauseOpener, CasualtyLexicon.ClauseOpeners.FirstWords);
        Add(table, Starts.Determiner, CasualtyLexicon.Determiners.FirstWords);
        Add(table, Starts.Finite, CasualtyLexicon.Finite.FirstWords);
        Add(table, Starts.Aux, CasualtyLexicon.Aux.FirstWords);
        Add(table, Starts.Among, CasualtyLexicon.Among.FirstWords);
        Add(table, Starts.People, CasualtyLexicon.People.FirstWords);
        Add(table, Starts.Stop, CasualtyLexicon.Stops.FirstWords);
        Add(table, Starts.Hedge, CasualtyLexicon.Hedges.FirstWords);
        Add(table, Starts.Vague, CasualtyLexicon.Vague.FirstWords);
        Add(table, Starts.NumberWord, CasualtyLexicon.NumberWords.FirstWords);
        Add(table, Starts.NotName, CasualtyLexicon.NotNames.FirstWords);
        Add(table, Starts.PopulationAdjective, CasualtyLexicon.ForeignAdjectives.FirstWords.Concat(CasualtyLexicon.LocalAdjectives.FirstWords));
        Add(table, Starts.Other, CasualtyLexicon.OtherWords.FirstWords);
        Add(table, Starts.Pronoun, CasualtyLexicon.SubjectPronouns.FirstWords.Concat(CasualtyLexicon.ObjectPronouns.FirstWords));
        Add(table, Starts.Negation, CasualtyLexicon.Negations.FirstWords);
        Add(table, Starts.Denied, CasualtyLexicon.Denied.FirstWords);
        Add(table, Starts.Unconfirmed, CasualtyLexicon.Unconfirmed.FirstWords);
        Add(table, Starts.Earlier, CasualtyLexicon.Earlier.FirstWords);
        Add(table, Starts.History, CasualtyLexicon.History.FirstWords);
        Add(table, Starts.Irrealis, CasualtyLexicon.Irrealis.FirstWords);
        Add(table, Starts.Demand, CasualtyLexicon.Demands.FirstWords);
        Add(table, Starts.Including, CasualtyLexicon.Including.FirstWords);
        Add(table, Starts.Unit, CasualtyLexicon.Units.FirstWords);
        return table;
    }

    /// <summary>For a list of first words outside <see cref="Starts"/>, one flag per vocabulary number in the same way: true where a phrase may start.</summary>
    /// <param name="firstWords">The first words of some lexicon's phrases.</param>
    /// <returns>The flags: true for <see cref="Lexicon.Unlabelled"/>, and for <see cref="Lexicon.Outside"/> when a first word is outside the vocabulary.</returns>
    public static bool[] NumbersOf(IEnumerable<string> firstWords)
    {
        var flags = new bool[Lexicon.Count];
        flags[Lexicon.Unlabelled] = true;
        foreach (var word in firstWords)
        {
            flags[Lexicon.TryGetId(word, out ushort number) ? number : Lexicon.Outside] = true;
        }

        return flags;
    }

    /// <summary>Sets a lexicon's bit on the numbers of its first words; on <see cref="Lexicon.Outside"/> too when one of them is no word of the vocabulary.</summary>
    private static void Add(Starts[] table, Starts lexicon, IEnumerable<string> firstWords)
    {
        foreach (var word in firstWords)
        {
            table[Lexicon.TryGetId(word, out ushort number) ? number : Lexicon.Outside] |= lexicon;
        }
    }
}
