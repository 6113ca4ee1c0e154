using static HostageReports.Tests.Performance.Shapes.ProseShapes;

namespace HostageReports.Tests.Performance.Shapes;

/// <summary>Shapes that stress the count rule and the attribution of claims to speakers.</summary>
public static class CountShapes
{
    /// <summary>The shapes of this part of the pipeline.</summary>
    public static IReadOnlyList<ScalingShape> All { get; } =
    [
        new("said clauses in one sentence", 500, n => Repeat(n, "two people were killed, police said, ") + "it ended."),
        new("according to clauses in one sentence", 500, n => Repeat(n, "according to police two people were killed, ") + "it ended."),
        new("pronoun said clauses in one sentence", 500, n => "Police gave figures. " + Repeat(n, "they said two people were wounded, ") + "it ended."),
        new("casualty word soup without stops", 500, n => Repeat(n, "hostages killed two wounded officials said three dead shot according to police injured ")),
        new("list of numbers in one sentence", 2000, n => "two people were killed, " + Repeat(n, "5, ") + "and more."),
        new("comma list of nationals after the verb", 500, n => "gunmen killed " + Repeat(n, "a Briton, an American, a Norwegian, ") + "and a Japanese."),
        new("and list of nationals before the verb", 500, n => Repeat(n, "a Briton and an American and ") + "a Norwegian were killed."),
        new("nationalities in one phrase", 1000, n => Repeat(n, "American, British, French, ") + "and Japanese citizens were killed."),
        new("nationalities before a singular head", 1000, n => Repeat(n, "American, British, French, ") + "Briton was killed."),
        new("list of hostages", 500, n => "they held " + Repeat(n, "two British hostages, three American hostages, ") + "and one French hostage."),
        new("and list of victims", 1000, n => Repeat(n, "a man and a woman and ") + "a boy were wounded."),
        new("run of casualty words", 2000, n => "two people " + Repeat(n, "killed wounded shot dead ") + "it ended."),
        new("run of ages", 1000, n => Repeat(n, "5-year-old ") + "killed."),
        new("run of population adjectives", 1000, n => Repeat(n, "foreign local ") + "killed."),
        new("run of quotation marks", 1000, n => "two people were killed, " + Repeat(n, "\" ") + "it ended."),
        new("run of hedges", 1000, n => Repeat(n, "at least about nearly some ") + "two people were killed."),
        new("pronoun speakers sentence after sentence", 500, n => "The governor spoke on Monday. " + Repeat(n, "He said two workers were kidnapped. ")),
        new("breakdowns after including", 500, n => "the attack killed 23 people" + Repeat(n, ", including 10 Japanese and two Britons") + "."),
        new("parts of the people just named", 500, n => Repeat(n, "two people were killed, one of them British, ") + "it ended."),
        new("shot totals in a report with deaths", 500, n => "Two people were killed. " + Repeat(n, "Five people were shot. ")),
        new("dashes between speakers", 200, n => "two people were killed " + Repeat(n, "- - - - - - - - - - officials told ") + "reporters."),
        new("death tolls in one sentence", 500, n => Repeat(n, "the death toll rose to 5, ") + "it ended."),
        new("count verbs in one sentence", 500, n => Repeat(n, "they number 41, ") + "and two were killed."),
    ];
}
