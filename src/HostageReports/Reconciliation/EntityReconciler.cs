using System.Runtime.InteropServices;
using HostageReports.Claims;

namespace HostageReports.Reconciliation;

/// <summary>Every claim made about one spelling of a name (one exact key), kept as claims arrive.</summary>
internal sealed class EntityForm
{
    public EntityForm(string key, string[] words, string scope)
    {
        Key = key;
        Words = words;
        Content = NameKeys.Content(words);
        Scope = scope;
    }

    /// <summary>The exact key, prefixed by the scope.</summary>
    public string Key { get; }

    /// <summary>The name's words.</summary>
    public string[] Words { get; }

    /// <summary>The words that carry identity.</summary>
    public string[] Content { get; }

    /// <summary>Names only meet within one scope: a city never merges with a state of the same name.</summary>
    public string Scope { get; }

    /// <summary>
    /// Each spelling seen, with the ordinals of the reports that use it, ascending and each once
    /// (reports are added one after another, so a new ordinal is never smaller than the last).
    /// </summary>
    public Dictionary<string, List<int>> Spellings { get; } = new(StringComparer.Ordinal);

    /// <summary>Aliases the claims give, with how often.</summary>
    public Dictionary<string, int> Aliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Roles { get; } = new(StringComparer.Ordinal);

    public Dictionary<LocationKind, int> Kinds { get; } = [];

    public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Regions { get; } = new(StringComparer.Ordinal);

    public List<SourceEntry> Sources { get; } = [];
}

/// <summary>The spellings of one fact (people, groups or places), grouped by exact key as claims arrive.</summary>
internal sealed class EntityAccumulator
{
    private readonly Dictionary<string, EntityForm> _forms = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EntityForm> Forms => _forms;

    private readonly Dictionary<(string Scope, string Name), EntityForm?> _byName = [];

    public void Add(string name, IReadOnlyList<string> aliases, string scope, SourceEntry source, string? role = null, LocationKind? kind = null, string? country = null, string? region = null)
    {
        if (!_byName.TryGetValue((scope, name), out var form))
        {
            var words = NameKeys.Words(name);
            if (words.Length > 0)
            {
                string key = scope + "|" + string.Join(' ', words);
                if (!_forms.TryGetValue(key, out form))
                {
                    form = new EntityForm(key, words, scope);
                    _forms[key] = form;
                }
            }

            _byName[(scope, name)] = form;
        }

        if (form is null)
        {
            return;
        }

        var reports = CollectionsMarshal.GetValueRefOrAddDefault(form.Spellings, name.Trim(), out _) ??= [];

        if (reports.Count == 0 || reports[^1] != source.Report)
        {
            reports.Add(source.Report);
        }

        for (int i = 0; i < aliases.Count; i++)
        {
            string alias = aliases[i];
            if (!string.IsNullOrWhiteSpace(alias))
            {
                Increment(form.Aliases, alias.Trim());
            }
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            Increment(form.Roles, role.Trim());
        }

        if (kind is { } k)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(form.Kinds, k, out _)++;
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            Increment(form.Countries, country.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            Increment(form.Regions, region.Trim());
        }

        form.Sources.Add(source);
    }

    private static void Increment(Dictionary<string, int> counts, string key) => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
}

/// <summary>
/// Resolves the spellings of people, groups or places into entities and builds their fact. Two spellings
/// are one entity when a claim gives one as the other's alias, when they share their content words
/// ("Sons of the Desert" = "Sons of Desert"), when one is the other's initials (AQIM), when one long
/// word is one letter off ("Maghreb"/"Mahgreb"), or (people) when a lone surname belongs to exactly one
/// full name. The result depends only on the set of spellings, never on the order claims arrived in.
/// </summary>
internal static class EntityReconciler
{
    /// <summary>Above this many spellings in one fact, the pairwise one-letter-off comparison is skipped.</summary>
    internal const int MaxFuzzyForms = 400;

    public static Fact? Build(string key, FactType type, EntityAccumulator accumulator, PerpetratorKind? perpetratorKind, SourceSnapshot table)
    {
        if (accumulator.Forms.Count == 0)
        {
            return null;
        }

        var forms = accumulator.Forms.Values.OrderBy(f => f.Key, StringComparer.Ordinal).ToArray();
        var parent = Enumerable.Range(0, forms.Length).ToArray();
        bool people = perpetratorKind == PerpetratorKind.Person;
        var initials = UniteByKeys(forms, parent, people);
        if (!people)
        {
            UniteInitials(forms, parent, initials);
        }

        if (forms.Length <= MaxFuzzyForms)
        {
            UniteNearlyEqual(forms, parent);
        }

        if (people)
        {
            UniteSurnames(forms, parent);
        }

        var groups = new Dictionary<int, List<EntityForm>>();
        for (int i = 0; i < forms.Length; i++)
        {
            int root = Find(parent, i);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups[root] = list;
            }

            list.Add(forms[i]);
        }

        var values = groups.Values.Select(g => MakeValue(g, type, perpetratorKind, table)).ToList();
        values.Sort(type == FactType.Location ? CompareLocations : CompareBySupport);
        int independent = table.CountIndependent(forms.SelectMany(f => f.Sources));
        var status = independent <= 1 ? FactStatus.SingleSource
            : values.Count == 1 ? FactStatus.Agreed
            : FactStatus.Compatible;
        var (best, reason) = PickBest(values, type);
        string why = $"{best.Name}: named by {best.ReportCount} report{(best.ReportCount == 1 ? "" : "s")}, {best.IndependentSourceCount} independent source{(best.IndependentSourceCount == 1 ? "" : "s")}"
            + reason
            + (values.Count > 1 ? $"; {values.Count - 1} other{(values.Count == 2 ? "" : "s")} named" : "");
        return new Fact(key, type, status, null, null, best, why, values, []);
    }

    /// <summary>
    /// Joins the spellings that share an exact key, an alias or a loose key (their content words): one dictionary of
    /// keys, the first owner of a key wins and later owners join it.
    /// </summary>
    /// <returns>For groups and places, the initials of each spelling and alias (scope first), with the first spelling that has them.</returns>
    private static Dictionary<string, int> UniteByKeys(EntityForm[] forms, int[] parent, bool people)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var initials = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < forms.Length; i++)
        {
            var f = forms[i];
            Own(owners, parent, "x|" + f.Key, i);
            Own(owners, parent, "l|" + f.Scope + "|" + string.Join(' ', f.Content), i);
            foreach (var alias in f.Aliases.Keys.Order(StringComparer.Ordinal))
            {
                var words = NameKeys.Words(alias);
                if (words.Length == 0)
                {
                    continue;
                }

                Own(owners, parent, "x|" + f.Scope + "|" + string.Join(' ', words), i);
                Own(owners, parent, "l|" + f.Scope + "|" + string.Join(' ', NameKeys.Content(words)), i);
                if (!people && NameKeys.Initials(words) is { } ai)
                {
                    initials.TryAdd(f.Scope + "|" + ai, i);
                }
            }

            if (!people && NameKeys.Initials(f.Words) is { } init)
            {
                initials.TryAdd(f.Scope + "|" + init, i);
            }
        }

        return initials;
    }

    /// <summary>Spelling <paramref name="i"/> takes the key, or joins the spelling that took it first.</summary>
    private static void Own(Dictionary<string, int> owners, int[] parent, string key, int i)
    {
        if (owners.TryGetValue(key, out int owner))
        {
            Union(parent, owner, i);
        }
        else
        {
            owners[key] = i;
        }
    }

    /// <summary>A spelling (or alias) that could be initials ("AQIM") joins the spelling whose initials it is.</summary>
    private static void UniteInitials(EntityForm[] forms, int[] parent, Dictionary<string, int> initials)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            var f = forms[i];
            if (NameKeys.CouldBeInitials(f.Words) && initials.TryGetValue(f.Scope + "|" + f.Words[0], out int owner))
            {
                Union(parent, owner, i);
            }

            foreach (var alias in f.Aliases.Keys)
            {
                var words = NameKeys.Words(alias);
                if (NameKeys.CouldBeInitials(words) && initials.TryGetValue(f.Scope + "|" + words[0], out int aliasOwner))
                {
                    Union(parent, aliasOwner, i);
                }
            }
        }
    }

    /// <summary>Spellings of one scope whose content words are one letter off ("Maghreb"/"Mahgreb") are one entity.</summary>
    private static void UniteNearlyEqual(EntityForm[] forms, int[] parent)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            for (int j = i + 1; j < forms.Length; j++)
            {
                if (forms[i].Scope == forms[j].Scope && NameKeys.NearlyEqual(forms[i].Content, forms[j].Content))
                {
                    Union(parent, i, j);
                }
            }
        }
    }

    /// <summary>A lone surname joins the one full name that ends with it; with two candidates it stays alone.</summary>
    private static void UniteSurnames(EntityForm[] forms, int[] parent)
    {
        var bySurname = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < forms.Length; i++)
        {
            if (NameKeys.Surname(forms[i].Content) is { } surname)
            {
                if (!bySurname.TryGetValue(surname, out var set))
                {
                    set = [];
                    bySurname[surname] = set;
                }

                set.Add(Find(parent, i));
            }
        }

        for (int i = 0; i < forms.Length; i++)
        {
            if (forms[i].Content.Length == 1 && bySurname.TryGetValue(forms[i].Content[0], out var roots) && roots.Count == 1)
            {
                Union(parent, roots.First(), i);
            }
        }
    }

    private static FactValue MakeValue(List<EntityForm> group, FactType type, PerpetratorKind? perpetratorKind, SourceSnapshot table)
    {
        // the spelling most reports use, then the longest, then the first in ordinal order
        // the reports of each spelling: one form's list, or the union when several forms share the spelling
        var spellings = new Dictionary<string, IReadOnlyCollection<int>>(StringComparer.Ordinal);
        foreach (var f in group)
        {
            foreach (var (spelling, reports) in f.Spellings)
            {
                if (!spellings.TryGetValue(spelling, out var seen))
                {
                    spellings[spelling] = reports;
                }
                else
                {
                    var union = seen as HashSet<int> ?? new HashSet<int>(seen);
                    union.UnionWith(reports);
                    spellings[spelling] = union;
                }
            }
        }

        // people go by their fullest form ("David Ray Conley III" over "Conley"); groups and places by the spelling most reports use
        bool people = perpetratorKind == PerpetratorKind.Person;
        string name = spellings
            .OrderByDescending(p => people ? NameKeys.Words(p.Key).Length : 0)
            .ThenByDescending(p => p.Value.Count).ThenByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
        string nameKey = NameKeys.Exact(name);

        // aliases: every other spelling, one per exact key, the most used spelling of each
        var aliasCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (spelling, reports) in spellings)
        {
            aliasCounts[spelling] = aliasCounts.GetValueOrDefault(spelling) + reports.Count;
        }

        foreach (var f in group)
        {
            foreach (var (alias, count) in f.Aliases)
            {
                aliasCounts[alias] = aliasCounts.GetValueOrDefault(alias) + count;
            }
        }

        var aliases = aliasCounts
            .Where(p => NameKeys.Exact(p.Key) != nameKey && NameKeys.Exact(p.Key).Length > 0)
            .GroupBy(p => NameKeys.Exact(p.Key), StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First())
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToArray();

        var (shown, reportCount, independent, first) = table.Parts(table.SortInPlace(AllSources(group)));
        string text = aliases.Length == 0 ? name : $"{name} = {string.Join(" = ", aliases)}";
        return type == FactType.Location
            ? new FactValue(text, shown, reportCount, independent, first)
            {
                Name = name,
                Aliases = ValueList<string>.Own(aliases),
                LocationKind = MostCommon(group.SelectMany(f => f.Kinds)),
                Country = MostCommon(group.SelectMany(f => f.Countries)),
                Region = MostCommon(group.SelectMany(f => f.Regions)),
            }
            : new FactValue(text, shown, reportCount, independent, first)
            {
                Name = name,
                Aliases = ValueList<string>.Own(aliases),
                PerpetratorKind = perpetratorKind,
                Roles = ValueList<string>.Own(Ranked(group.SelectMany(f => f.Roles))),
            };
    }

    /// <summary>The sources of every form of the group, in one array of the exact size.</summary>
    private static SourceEntry[] AllSources(List<EntityForm> group)
    {
        int count = 0;
        foreach (var f in group)
        {
            count += f.Sources.Count;
        }

        var all = new SourceEntry[count];
        int at = 0;
        foreach (var f in group)
        {
            f.Sources.CopyTo(all, at);
            at += f.Sources.Count;
        }

        return all;
    }

    private static T? MostCommon<T>(IEnumerable<KeyValuePair<T, int>> counts)
        where T : notnull
    {
        var ranked = Ranked(counts);
        return ranked.Length > 0 ? ranked[0] : default;
    }

    private static T[] Ranked<T>(IEnumerable<KeyValuePair<T, int>> counts)
        where T : notnull =>
        counts.GroupBy(p => p.Key).Select(g => (g.Key, Count: g.Sum(p => p.Value)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Key.ToString(), StringComparer.Ordinal)
            .Select(p => p.Key).ToArray();

    /// <summary>Most reports first, then most independent sources, then by name.</summary>
    private static int CompareBySupport(FactValue x, FactValue y)
    {
        int c = y.ReportCount.CompareTo(x.ReportCount);
        if (c != 0)
        {
            return c;
        }

        c = y.IndependentSourceCount.CompareTo(x.IndependentSourceCount);
        return c != 0 ? c : string.CompareOrdinal(x.Text, y.Text);
    }

    /// <summary>
    /// The best value of an entity fact. Perpetrators: the most named of those the reports say did it
    /// (a group they are only linked to, an affiliate, is not the perpetrator when another is named).
    /// Places: the most specific place named by at least half as many reports as the most named one
    /// (the site over the country that every report names; not a place one report mentions in passing).
    /// </summary>
    private static (FactValue Best, string Reason) PickBest(List<FactValue> values, FactType type)
    {
        FactValue? best = null;
        if (type == FactType.Location)
        {
            int top = 0;
            foreach (var v in values)
            {
                top = Math.Max(top, v.ReportCount);
            }

            foreach (var v in values)
            {
                if (v.ReportCount * 2 >= top && (best is null || CompareLocations(v, best) < 0))
                {
                    best = v;
                }
            }

            return (best!, best!.ReportCount < top ? "; the most specific place named by at least half as many reports as the most named" : "");
        }

        bool anyDoer = values.Exists(static v => !IsOnlyAffiliate(v));
        foreach (var v in values)
        {
            if ((!anyDoer || !IsOnlyAffiliate(v)) && (best is null || CompareBySupport(v, best) < 0))
            {
                best = v;
            }
        }

        return (best!, anyDoer && values.Exists(static v => IsOnlyAffiliate(v)) ? "; groups the perpetrators are only linked to are not the perpetrators" : "");
    }

    private static bool IsOnlyAffiliate(FactValue value) =>
        value.Roles.Count > 0 && value.Roles.All(static r => r == "affiliate");

    /// <summary>The place hierarchy: the most specific place first (site, town ... country), then by support.</summary>
    private static int CompareLocations(FactValue x, FactValue y)
    {
        int c = ((int?)x.LocationKind ?? int.MaxValue).CompareTo((int?)y.LocationKind ?? int.MaxValue);
        return c != 0 ? c : CompareBySupport(x, y);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb)
        {
            // the smaller index becomes the root: the same sets whatever the order of unions
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else
            {
                parent[ra] = rb;
            }
        }
    }
}
