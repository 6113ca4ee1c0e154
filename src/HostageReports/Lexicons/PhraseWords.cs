using HostageReports.Annotation;

namespace HostageReports.Lexicons;

/// <summary>Phrase lists cut into words the way reports are (<see cref="Tokenizer"/>), for the tables that match them.</summary>
internal static class PhraseWords
{
    /// <summary>
    /// Each phrase once, ignoring case (a phrase given twice keeps its first value), with its words;
    /// a phrase with no word is left out.
    /// </summary>
    /// <typeparam name="T">The value a phrase carries.</typeparam>
    /// <param name="phrases">The phrases and their values.</param>
    /// <returns>The phrases, their words and their values, in the order given.</returns>
    public static IEnumerable<(string Phrase, string[] Words, T Value)> Cut<T>(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var (phrase, value) in phrases)
        {
            if (!seen.Add(phrase))
            {
                continue;
            }

            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count > 0)
            {
                yield return (phrase, tokens.Select(t => phrase.Substring(t.Start, t.Length)).ToArray(), value);
            }
        }
    }
}
