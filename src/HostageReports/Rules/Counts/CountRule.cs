using HostageReports.Annotation;
using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;
using HostageReports.Rules.Attribution;
using HostageReports.Rules.Numbers;

namespace HostageReports.Rules.Counts;

/// <summary>
/// Finds count claims: in each sentence, phrases naming people (<see cref="PeopleParser"/>) are grouped
/// where they are coordinated ("a Briton and an Algerian") and joined to the casualty word that governs
/// them ("were killed", "killing", "among the hostages"); breakdowns after a dash, "including", "as
/// well as" and copulas ("were an Algerian and a Briton") inherit it. Each group gives one claim per
/// nationality, with the quantity its wording allows and the attribution of its sentence.
/// Stateless and thread-safe.
/// </summary>
internal sealed class CountRule : IClaimRule
{
    /// <summary>This thread's sentence reader, whose phrase and group objects serve report after report.</summary>
    [ThreadStatic]
    private static CountSentenceReader? t_reader;

    /// <inheritdoc/>
    public void Apply(ExtractionContext context)
    {
        int sentences = context.Report.Sentences.Count;
        var reading = new ReportReading(context, context.Tokens);
        var shotTotals = new List<CountClaim>();
        var reader = t_reader ??= new CountSentenceReader();
        reader.Begin(context, reading, shotTotals);
        var triggered = context.Get(Products.Triggers).For(CountTriggers.Words);
        for (int s = 0; s < sentences; s++)
        {
            if (!triggered.Hold(s) || !reading.IsRead(s) || !CountTriggers.MayCount(context.Body, context.SentenceTokens(s)))
            {
                continue;
            }

            var tokens = reading.Tokens(s);
            reader.Read(tokens, s, WordStarts.Of(tokens));
        }

        reader.End();
        WoundedBesideDead(context, shotTotals);
    }

    /// <summary>"Five people were shot" in a report that counts two dead: the other three are the wounded.</summary>
    private static void WoundedBesideDead(ExtractionContext context, List<CountClaim> shotTotals)
    {
        if (shotTotals.Count == 0)
        {
            return;
        }

        long dead = 0;
        foreach (var claim in context.Claims)
        {
            if (claim is CountClaim { Measure: Measure.Killed } killed && killed.Population == Population.All && killed.Quantity.Qualifier == Qualifier.Exact
                && killed.Quantity.Value is long value && value > dead)
            {
                dead = value;
            }
        }

        foreach (var shot in shotTotals)
        {
            if (dead > 0 && shot.Quantity.Value is long total && total > dead)
            {
                context.Claims.Add(shot with { Quantity = Quantity.Exactly(total - dead) });
            }
        }
    }
}
