using HostageReports.Claims;
using HostageReports.Extraction;
using HostageReports.Lexicons;

namespace HostageReports.Rules.Perpetrators;

/// <summary>
/// Adds one <see cref="PerpetratorClaim"/> per person or group a report names as having done,
/// led, claimed or been linked to the incident. Groups: well known ones and named ones, with their
/// aliases. People: named with a perpetrator cue (suspect, shooter, led by, arrested ...), never
/// officials, victims, witnesses or reporters; a surname alone joins the full name it repeats.
/// </summary>
internal sealed class PerpetratorRule : IClaimRule
{
    /// <inheritdoc/>
    public void Apply(ExtractionContext context)
    {
        if (context.Tokens.Count == 0)
        {
            return;
        }

        var view = new TokenView(context);
        var groups = context.Get(Products.GroupMentions);
        if (groups.Mentions.Count > 0)
        {
            AddGroups(context, view, groups.Mentions);
        }

        var persons = PersonFinder.Find(view, groups.Tokens);
        if (persons.Exists(static m => IsPerpetratorCue(m.Verdict)))
        {
            AddPersons(context, view, persons);
        }
    }

    private static void AddGroups(ExtractionContext context, TokenView view, List<GroupMention> mentions)
    {
        foreach (var entity in GroupEntities(mentions))
        {
            context.Claims.Add(ResolveGroup(context, view, entity));
        }
    }

    /// <summary>One entity per group: mentions share an entity when any of their keys (canonical, name, aliases) agree.</summary>
    private static List<List<GroupMention>> GroupEntities(List<GroupMention> mentions)
    {
        var entities = new List<List<GroupMention>>();
        var byKey = new Dictionary<string, List<GroupMention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var keys = KeysOf(m).ToList();
            List<GroupMention>? entity = null;
            foreach (var k in keys)
            {
                if (byKey.TryGetValue(k, out entity))
                {
                    break;
                }
            }

            if (entity is null)
            {
                entity = [];
                entities.Add(entity);
            }

            entity.Add(m);
            foreach (var k in keys)
            {
                byKey.TryAdd(k, entity);
            }
        }

        return entities;
    }

    /// <summary>The claim naming a group: its canonical name, every other form once, affiliate or perpetrator, how sure the report is, its widest evidence.</summary>
    private static PerpetratorClaim ResolveGroup(ExtractionContext context, TokenView view, List<GroupMention> entity)
    {
        string name = entity.Select(static m => m.Canonical).FirstOrDefault(static c => c is not null) ?? entity[0].Text;

        // Each form once by its normal name (not the name's own): a set of the normal names taken, as a group named
        // again and again with another acronym has as many aliases as mentions.
        var aliases = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal) { NormalName(name) };
        foreach (var m in entity)
        {
            foreach (var form in m.Aliases.Prepend(m.Text))
            {
                if (taken.Add(NormalName(form)))
                {
                    aliases.Add(form);
                }
            }
        }

        bool affiliation = entity.All(static m => m.Affiliation);
        var plain = entity.Where(m => m.Affiliation == affiliation).ToList();
        var certainty = plain.Any(static m => m.Certainty == Certainty.Reported) ? Certainty.Reported
            : plain.Any(static m => m.Certainty == Certainty.Claimed) ? Certainty.Claimed : Certainty.Unconfirmed;
        var best = plain.OrderByDescending(static m => m.EvidenceEnd - m.EvidenceStart).First();
        return new PerpetratorClaim
        {
            ReportId = context.Report.Id,
            Name = name,
            Kind = PerpetratorKind.Group,
            Aliases = aliases,
            Role = affiliation ? "affiliate" : "perpetrator",
            Certainty = certainty,
            Evidence = context.EvidenceOf(view[best.EvidenceStart].Start, view[best.EvidenceEnd - 1].End),
        };
    }

    private static IEnumerable<string> KeysOf(GroupMention m)
    {
        if (m.Canonical is not null)
        {
            yield return ArmedGroups.Key(m.Canonical);
        }

        yield return ArmedGroups.Key(m.Text);
        foreach (var a in m.Aliases)
        {
            yield return ArmedGroups.Key(a);
        }
    }

    private static void AddPersons(ExtractionContext context, TokenView view, List<PersonMention> mentions)
    {
        foreach (var e in PersonEntities(mentions))
        {
            if (ResolvePerson(context, view, e) is { } claim)
            {
                context.Claims.Add(claim);
            }
        }
    }

    /// <summary>The people named: full names (two words or more) make the entities; a surname alone joins the nearest full name it repeats.</summary>
    private static List<PersonEntity> PersonEntities(List<PersonMention> mentions)
    {
        var entities = new List<PersonEntity>();
        var byFull = new Dictionary<string, PersonEntity>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.NameWordCount < 2)
            {
                continue;
            }

            string key = m.Words[0] + " " + m.Surname;
            if (!byFull.TryGetValue(key, out var e))
            {
                e = new PersonEntity();
                byFull[key] = e;
                entities.Add(e);
            }

            e.Mentions.Add(m);
        }

        // The full names by surname, in order of their first tokens (no two mentions start at one token).
        var bySurname = new Dictionary<string, List<(int Start, PersonEntity Entity)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities)
        {
            foreach (var full in e.Mentions)
            {
                if (!bySurname.TryGetValue(full.Surname, out var list))
                {
                    bySurname[full.Surname] = list = [];
                }

                list.Add((full.Start, e));
            }
        }

        foreach (var list in bySurname.Values)
        {
            list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        foreach (var m in mentions)
        {
            if (m.NameWordCount >= 2 || m.WordCount == 0 || !bySurname.TryGetValue(m.Surname, out var fulls))
            {
                continue;
            }

            fulls[NearestBefore(fulls, m.Start)].Entity.Mentions.Add(m);
        }

        return entities;
    }

    /// <summary>The claim naming the person, or null when more of their mentions make them a victim or an official than a perpetrator, or none a perpetrator.</summary>
    private static PerpetratorClaim? ResolvePerson(ExtractionContext context, TokenView view, PersonEntity e)
    {
        // Most people named are no perpetrator: the verdicts are counted before anything is gathered.
        int perp = 0, victim = 0, official = 0;
        foreach (var m in e.Mentions)
        {
            switch (m.Verdict)
            {
                case null or PersonCue.Speech:
                    break;
                case PersonCue.Victim:
                    victim++;
                    break;
                case PersonCue.Official:
                    official++;
                    break;
                default:
                    perp++;
                    break;
            }
        }

        if (perp == 0 || perp < victim || perp < official)
        {
            return null;
        }

        var verdicts = e.Mentions.Select(static m => (Mention: m, Cue: m.Verdict)).Where(static x => x.Cue is not null).ToList();
        var perpCues = verdicts.Where(static x => IsPerpetratorCue(x.Cue)).ToList();
        var role = perpCues.GroupBy(static x => x.Cue!.Value).OrderByDescending(static g => g.Count()).ThenBy(static g => Priority(g.Key)).First().Key;
        var full = e.Mentions.Where(static m => m.NameWordCount >= 2).OrderByDescending(static m => m.WordCount).ThenBy(static m => m.Start).First();
        var aliases = e.Mentions.Where(static m => m.NameWordCount >= 2).Select(static m => m.Text)
            .Where(t => !string.Equals(t, full.Text, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var evidence = perpCues.Select(static x => x.Mention).OrderByDescending(static m => m.NameWordCount).ThenBy(static m => m.Start).First();
        int a = Math.Min(evidence.CueStart, evidence.Start);
        int b = Math.Max(evidence.CueEnd, evidence.End);
        return new PerpetratorClaim
        {
            ReportId = context.Report.Id,
            Name = full.Text,
            Kind = PerpetratorKind.Person,
            Aliases = aliases,
            Role = PerpetratorCues.RoleOf(role),
            Evidence = context.EvidenceOf(view[a].Start, view[b - 1].End),
        };
    }

    /// <summary>
    /// The index of the nearest full name starting at or before the token; the first when all start after it. Found by
    /// halving the list, as one surname may be many people's (and a surname alone repeat each).
    /// </summary>
    private static int NearestBefore(List<(int Start, PersonEntity Entity)> fulls, int token)
    {
        int lo = 0, hi = fulls.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (fulls[mid].Start <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Math.Max(lo - 1, 0);
    }

    /// <summary>True for a verdict that makes a perpetrator (see <see cref="AddPersons"/>): an entity none of whose mentions has one is named by no claim.</summary>
    private static bool IsPerpetratorCue(PersonCue? cue) => cue is not (null or PersonCue.Speech or PersonCue.Victim or PersonCue.Official);

    private static int Priority(PersonCue cue) => cue switch
    {
        PersonCue.Leader => 0,
        PersonCue.Shooter => 1,
        PersonCue.Suspect => 2,
        PersonCue.Spokesman => 3,
        PersonCue.Member => 4,
        _ => 5,
    };

    private static string NormalName(string s) => ArmedGroups.Key(s);

    private sealed class PersonEntity
    {
        public List<PersonMention> Mentions { get; } = [];
    }
}
