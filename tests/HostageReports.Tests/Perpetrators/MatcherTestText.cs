using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Rules.Perpetrators;

namespace HostageReports.Tests.Perpetrators;

/// <summary>A sentence read as the perpetrator matchers read a report: its tokens, and where a word stands among them.</summary>
internal static class MatcherTestText
{
    /// <summary>The tokens of a one-report text.</summary>
    public static TokenView View(string text) => new(new ExtractionContext(ReportReader.Parse("t", text).Report!));

    /// <summary>The first token whose text is the word, exactly.</summary>
    public static int IndexOf(TokenView v, string word, int from = 0)
    {
        for (int i = from; i < v.Count; i++)
        {
            if (v.Text(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException("No token '" + word + "' in the text.");
    }
}
