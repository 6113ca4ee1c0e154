using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>How a people phrase states its number.</summary>
internal enum PeopleCount : byte
{
    /// <summary>A quantity phrase: "13 Norwegians", "at least two", "several British nationals".</summary>
    Quantity,

    /// <summary>One definite person: "the victim", "the British victim", a name, "he", "him". At least one.</summary>
    One,

    /// <summary>Nationalities named with no number: "American, British and French citizens", "Norwegians and Japanese".</summary>
    Nationalities,
}

/// <summary>
/// A phrase naming people, found in one pass over a sentence's tokens: its tokens [<see cref="Start"/>,
/// <see cref="End"/>), its number, the nationalities or population it counts and the role of its head
/// noun. Mutable while a sentence is read; never leaves the count rule.
/// </summary>
internal sealed class PeoplePhrase
{
    /// <summary>The first token.</summary>
    public int Start { get; set; }

    /// <summary>The token just past the phrase.</summary>
    public int End { get; set; }

    /// <summary>How the phrase states its number.</summary>
    public PeopleCount Count { get; set; }

    /// <summary>The quantity, when <see cref="Count"/> is <see cref="PeopleCount.Quantity"/>.</summary>
    public QuantityPhrase Quantity { get; set; }

    /// <summary>Nationalities (ISO codes) the phrase names, in order.</summary>
    public List<string> Nations { get; } = [];

    /// <summary>The population of the head noun or adjective when no nationality is named.</summary>
    public Population Population { get; set; } = Population.All;

    /// <summary>The head noun's role.</summary>
    public PeopleRole Role { get; set; }

    /// <summary>True when no head noun follows the quantity ("killed at least two", "six wounded").</summary>
    public bool Bare { get; set; }

    /// <summary>True after a determiner or possessive ("the two people", "its citizens").</summary>
    public bool Definite { get; set; }

    /// <summary>True for "its/their citizens": the nationality is the speaker's country.</summary>
    public bool SpeakersCitizens { get; set; }

    /// <summary>True for "one of them", "two of whom": a part of the people just named.</summary>
    public bool PartOfPrevious { get; set; }

    /// <summary>True for "others", "two other people", "three more": people besides those already counted.</summary>
    public bool Other { get; set; }

    /// <summary>True when the head has a proper name or a pronoun.</summary>
    public bool Named { get; set; }

    /// <summary>
    /// Makes the phrase as new (<c>new PeoplePhrase { Start = start, End = start }</c>) so a reader can
    /// reuse it for the next token. Every property must be cleared here: a test checks it by reflection.
    /// </summary>
    /// <param name="start">The token the next phrase is read from.</param>
    public void Reset(int start)
    {
        Start = start;
        End = start;
        Count = default;
        Quantity = default;
        Nations.Clear();
        Population = Population.All;
        Role = default;
        Bare = false;
        Definite = false;
        SpeakersCitizens = false;
        PartOfPrevious = false;
        Other = false;
        Named = false;
    }
}
