using System.Text;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress the perpetrator and location rules: names, runs of capitalised words, lists of people.</summary>
public static class NameShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        // One sentence: a run of capitalised words that is neither a place nor a group (the group finder is woken by "group").
        new("capitalised words in one sentence", 2000, n => Sentence("Members of the group met ", n, " ", " on Tuesday.")),

        // Runs of a fixed length in many sentences: the per-run cost times the number of runs.
        new("capitalised runs across many sentences", 100, n => Repeat(n, k => Sentence("Members of the group met ", 40, " ", " on Tuesday. ", k * 40))),

        // A title-case paragraph with no full stop: capitalised prepositions ("At", "On", "Of", "In") inside one run.
        new("title-case paragraph without a stop", 2000, n => Title(n)),

        // "in A, B, C, ... and Z": a list of towns.
        new("places in a list", 1000, n => Sentence("Shots were fired in ", n, ", ", " and Velmor.")),

        // "A, B, ... Z Street": a run of capitalised words that ends in a street word.
        new("capitalised run before a street word", 2000, n => Sentence("Witnesses said ", n, " ", " Street was closed.")),

        // A run of capitalised words, then many lower-case words a site's name may hold, and no site noun.
        new("capitalised run before site words", 1000, n => Sentence("Witnesses said ", n, " ", string.Concat(Enumerable.Repeat(" gas", n)) + " was closed.")),

        // Many groups named in one sentence and one a sentence.
        new("groups named in one sentence", 1000, n => Sentence("Witnesses blamed ", n, ", ", " Brigade.", prefix: "the ", suffix: " Brigade")),
        new("groups named one a sentence", 1000, n => Repeat(n, k => "Witnesses blamed the " + Word(k) + " Brigade for the attack. ")),

        // "the X of Y of Z of ...": a chain of capitalised words joined by "of", no group word at its end.
        new("chain of names joined by of", 2000, n => Sentence("Members of the group met the ", n, " of ", " on Tuesday.")),

        // One group named again and again with a new acronym in brackets each time: its aliases grow with the report.
        new("one group with many acronyms", 1000, n => Repeat(n, k => "The Velmor Brigade (" + Acronym(k) + ") claimed the attack. ")),

        // Many groups, each with an acronym in brackets.
        new("groups with acronyms in brackets", 1000, n => Repeat(n, k => "The " + Word(k) + " Brigade (" + Acronym(k) + ") claimed the attack. ")),

        // Many paragraphs naming the same gunman, and many naming a different gunman each; each surname is repeated alone.
        new("paragraphs naming the same gunman", 1000, n => Repeat(n, _ => "The gunman, John Velmor, 24, was arrested. Velmor lived nearby.\n\n")),
        new("paragraphs naming a different gunman each", 1000, n => Repeat(n, k => "The gunman, John " + Word(k) + ", 24, was arrested. " + Word(k) + " lived nearby.\n\n")),

        // Many suspects of one surname, each with another first name; the surname is repeated alone after each.
        new("gunmen of one surname", 1000, n => Repeat(n, k => "The gunman, " + Word(k) + " Velmor, 24, was arrested. Velmor lived nearby.\n\n")),

        // "the suspects A B, C D, ... and Y Z were arrested": every person of the list is a perpetrator.
        new("suspects in a list", 500, n => Sentence("Police said the suspects ", n, ", ", " and Tamsin Velmor were arrested.", prefix: "John ")),

        // A sentence of many cue words, each before a name; and one of cue words alone, a single name before them.
        new("cue words before names in one sentence", 500, n => Sentence("Police named ", n, ", ", " as the gunmen.", prefix: "the suspect ")),
        new("cue words alone in one sentence", 1000, n => "Velmor " + string.Concat(Enumerable.Repeat("was arrested and charged, the suspect, the gunman, ", n)) + "police said."),

        // One place spelt many ways (hyphens at other places of one name): its aliases grow with the report.
        new("one place spelt many ways", 1000, n => Repeat(n, k => "Shots were fired in " + Hyphenated("Velmorakitonzuravelopa", k) + ". ")),
    ];

    /// <summary>The unit n times, unit k given k.</summary>
    private static string Repeat(int n, Func<int, string> unit)
    {
        var text = new StringBuilder();
        for (int k = 0; k < n; k++)
        {
            text.Append(unit(k));
        }

        return text.ToString();
    }

    /// <summary>head, then n words (from word number first) joined by separator, each with a prefix and a suffix, then tail.</summary>
    private static string Sentence(string head, int n, string separator, string tail, int first = 0, string prefix = "", string suffix = "")
    {
        var text = new StringBuilder(head);
        for (int k = 0; k < n; k++)
        {
            if (k > 0)
            {
                text.Append(separator);
            }

            text.Append(prefix).Append(Word(first + k)).Append(suffix);
        }

        return text.Append(tail).ToString();
    }

    /// <summary>A title-case paragraph of n words, no full stop: made-up names with a capitalised preposition every few words.</summary>
    private static string Title(int n)
    {
        string[] joins = ["At", "On", "Of", "In"];
        var text = new StringBuilder("Gunman Opens Fire");
        for (int k = 0; k < n; k++)
        {
            text.Append(' ').Append(k % 3 == 2 ? joins[(k / 3) % joins.Length] : Word(k));
        }

        return text.Append('\n').ToString();
    }

    /// <summary>A made-up capitalised word, a different one for each k: syllables that spell no word of the lexicons.</summary>
    public static string Word(int k)
    {
        string[] syllables = ["zor", "kav", "mib", "tus", "rel", "dok", "vun", "pah"];
        var word = new StringBuilder();
        do
        {
            word.Append(syllables[k % 8]);
            k /= 8;
        }
        while (k > 0);
        word.Append("ek");
        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    /// <summary>A made-up acronym, a different one for each k: "QX" then capital letters.</summary>
    private static string Acronym(int k)
    {
        var word = new StringBuilder("QX");
        do
        {
            word.Append((char)('A' + (k % 26)));
            k /= 26;
        }
        while (k > 0);
        return word.ToString();
    }

    /// <summary>The name with a hyphen after each letter whose bit is set in k (one spelling for each k).</summary>
    private static string Hyphenated(string name, int k)
    {
        var word = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            word.Append(name[i]);
            if (i + 1 < name.Length && i < 30 && ((k >> i) & 1) != 0)
            {
                word.Append('-');
            }
        }

        return word.ToString();
    }
}
