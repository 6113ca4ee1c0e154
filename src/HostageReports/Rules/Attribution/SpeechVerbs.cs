using HostageReports.Claims;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Attribution;

/// <summary>The verbs that attribute a statement ("said", "told", "claimed") and the certainty each gives; data in <c>speech.tsv</c>.</summary>
internal static class SpeechVerbs
{
    /// <summary>Speech verbs and the certainty they give their statement.</summary>
    public static PhraseTable<Certainty> Table { get; } = new(
        LexiconFile.Rows("HostageReports.Lexicons.speech.tsv", 2).Select(r => KeyValuePair.Create(r[0][0], Enum.Parse<Certainty>(r[1][0], ignoreCase: true))));
}
