using FluentAssertions;
using HostageReports.Extraction;
using HostageReports.Reports;
using HostageReports.Rules.Counts;

namespace HostageReports.Tests.Annotation;

/// <summary>
/// The trigger index: a rule reads only the sentences that hold one of its opening words, found once a report from the
/// tokens' lexicon ids. It must never pass over a sentence the rule's own exact gate would read.
/// </summary>
public class TriggerIndexTests
{
    /// <summary>A sentence, and whether it holds an opening word of the count rule.</summary>
    public static readonly TheoryData<string, bool> CountSentences = new()
    {
        { "Two people were killed in the attack.", true },
        { "TWO PEOPLE WERE KILLED IN THE ATTACK.", true },
        { "The gunmen freed the hostages at dawn.", true },
        { "The death toll rose overnight.", true },
        { "Police called it a murder-suicide.", true },
        { "Six were wounded.", true },
        { "The weather was fine and the roads were open.", false },
        { "The mayor thanked the volunteers.", false },
        { "Killers", false },
    };

    [Theory]
    [MemberData(nameof(CountSentences))]
    public void TriggeredSentences_CountSentence_HoldsWhenItHasAnOpeningWord(string sentence, bool holds)
    {
        var report = ReportReader.Parse("t", "The report begins here. " + sentence).Report!;
        using var context = Indexed(report);

        var triggered = context.Get(Products.Triggers).For(CountTriggers.Words);

        triggered.Hold(0).Should().BeFalse("the opening sentence holds no count word");
        triggered.Hold(report.Sentences.Count - 1).Should().Be(holds);
    }

    [Theory]
    [MemberData(nameof(CountSentences))]
    public void TriggeredSentences_CountSentence_NeverPassesOverOneTheGateReads(string sentence, bool holds)
    {
        _ = holds;
        AssertNeverPassesOverARead(ReportReader.Parse("t", sentence).Report!);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void TriggeredSentences_SeedReport_NeverPassesOverOneTheGateReads(string prefix)
    {
        var file = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), prefix + "_*.txt").Single();
        AssertNeverPassesOverARead(ReportReader.ReadFile(file).Report!);
    }

    [Fact]
    public void For_TriggersTheIndexWasNotBuiltWith_IsAnErrorNamingThem()
    {
        using var context = Indexed(ReportReader.Parse("t", "Two people were killed.").Report!);
        var other = new TriggerWords("weapons", ["killed"]);

        var act = () => context.Get(Products.Triggers).For(other);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'weapons'*");
    }

    [Theory]
    [InlineData("killed", true)]
    [InlineData("Hostages", true)]
    [InlineData("zzyzxq", false)]
    [InlineData("flibbertigibbet", false)]
    public void TriggerWords_Word_MustBeALexiconWord(string word, bool isLexiconWord)
    {
        var act = () => new TriggerWords("test", [word]);

        if (isLexiconWord)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<InvalidOperationException>().WithMessage($"*'{word}'*no word of the lexicon*");
        }
    }

    private static ExtractionContext Indexed(Report report)
    {
        var context = new ExtractionContext(report);
        TriggerIndex.Stage(CountTriggers.Words).Run(context);
        return context;
    }

    /// <summary>Every sentence the count rule's exact gate would read holds one of its triggers.</summary>
    private static void AssertNeverPassesOverARead(Report report)
    {
        using var context = Indexed(report);
        var triggered = context.Get(Products.Triggers).For(CountTriggers.Words);
        for (int s = 0; s < report.Sentences.Count; s++)
        {
            if (CountTriggers.MayCount(context.Body, context.SentenceTokens(s)))
            {
                triggered.Hold(s).Should().BeTrue($"sentence {s} is read by the count rule's gate");
            }
        }
    }
}
